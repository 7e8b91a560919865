/** Kafka side of the demand facts: {@code demands} into the local table. */
package org.demandflow.notification.demand.messaging;
