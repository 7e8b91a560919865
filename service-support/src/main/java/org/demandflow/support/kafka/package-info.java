/**
 * Kafka for every service: the one producer template ({@code avroKafkaTemplate}: Avro values
 * through the registry, raw bytes as they are) and the one policy for records a binding cannot
 * decode or handle: retried per the binding's back-off, then dead-lettered to its {@code dlq-name}
 * with the original bytes and spring-kafka's {@code kafka_dlt-*} headers. Those headers and the log
 * lines name a failure by exception classes and stack frames, never by a value of the record. A binding in
 * batch mode takes a poll through {@link org.demandflow.support.kafka.Batches}: one transaction for the poll, and
 * a failed record dead-lettered alone.
 */
package org.demandflow.support.kafka;
