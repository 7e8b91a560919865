/** The Kafka adapter of review cases: demands in, secrecy statuses out through the outbox; Avro stops here. */
package org.demandflow.review.cases.messaging;
