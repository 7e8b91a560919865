/** Delivery's messages out: notices as e-mail (SMTP), each concluded notice as a {@code CustomerNotice} (outbox). */
package org.demandflow.notification.delivery.messaging;
