/** The few facts about each demand that a customer's notice states (never the customer's data). */
package org.demandflow.notification.demand;
