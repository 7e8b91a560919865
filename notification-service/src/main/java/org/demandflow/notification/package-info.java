/** The notification service: directory, demand facts, gate, letter and the delivery of notices. */
package org.demandflow.notification;
