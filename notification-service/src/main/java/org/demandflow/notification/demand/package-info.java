/** The facts of each demand that a customer's notice states and a letter to its requester needs (no customer data). */
package org.demandflow.notification.demand;
