/**
 * Traces across the Kafka hops (Micrometer Tracing on OpenTelemetry, W3C {@code traceparent} in record headers):
 * {@link org.demandflow.support.tracing.RecordTracing} opens a span for each record a service takes in, and the
 * outbox gives every record it writes the context of the record or request that caused it. Every span of a
 * record carries the ids its value names ({@code demandflow.demandId}, {@code demandflow.submissionId}), never
 * a value.
 */
package org.demandflow.support.tracing;
