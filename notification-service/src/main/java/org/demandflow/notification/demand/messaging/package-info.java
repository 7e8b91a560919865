/** Kafka side of the demand facts: {@code demands} into the local table, without account identifiers. */
package org.demandflow.notification.demand.messaging;
