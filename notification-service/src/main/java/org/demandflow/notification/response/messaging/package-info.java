/** Kafka side of the response track: {@code demand-responses} into the latest response per demand. */
package org.demandflow.notification.response.messaging;
