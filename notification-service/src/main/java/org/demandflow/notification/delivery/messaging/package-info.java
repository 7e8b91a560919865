/** Kafka side of notices: each concluded notice leaves the outbox as a {@code CustomerNotice} on {@code customer-notices}. */
package org.demandflow.notification.delivery.messaging;
