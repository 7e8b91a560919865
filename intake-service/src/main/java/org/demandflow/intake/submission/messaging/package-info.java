/** Kafka adapters: Avro submissions in, DemandReceived and SubmissionRejected out through the outbox. */
package org.demandflow.intake.submission.messaging;
