/** The Kafka adapter: demands in, secrecy statuses out through the outbox; Avro stops here. */
package org.demandflow.review.messaging;
