package org.demandflow.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The trace a record written to the outbox continues, read from the {@code traceparent} it is given (W3C, on a real
 * OpenTelemetry SDK tracer).
 */
class RecordTracingTest {

    private static final Schema SUBMISSION = SchemaBuilder.record("Submission").fields()
            .requiredString("submissionId").endRecord();
    private static final Schema DEMAND = SchemaBuilder.record("Demand").fields()
            .requiredString("demandId").requiredString("submissionId").endRecord();
    private static final String TRACE_A = "0af7651916cd43dd8448eb211c80319c";
    private static final String TRACE_B = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();
    private final Tracer tracer = new OtelTracer(sdk.getTracer("test"), new OtelCurrentTraceContext(), event -> { });
    private final RecordTracing tracing = new RecordTracing(tracer,
            new OtelPropagator(sdk.getPropagators(), sdk.getTracer("test")));

    @Test
    void each_record_a_batch_writes_continues_the_trace_of_the_record_it_names() {
        Message<List<Object>> batch = MessageBuilder.<List<Object>>withPayload(List.of(submission("s-1"),
                        submission("s-2")))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, List.of("demand-submissions", "demand-submissions"))
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.of(
                        Map.of("traceparent", parent(TRACE_A).getBytes(StandardCharsets.UTF_8)),
                        Map.of("traceparent", parent(TRACE_B)))).build();
        RecordHeaders second = new RecordHeaders();
        RecordHeaders first = new RecordHeaders();

        tracing.batch(batch, () -> {
            tracing.sent("demands", demand("d-2", "s-2"), second);
            tracing.sent("demands", demand("d-1", "s-1"), first);
        });

        assertThat(traceOf(first)).isEqualTo(TRACE_A);
        assertThat(traceOf(second)).isEqualTo(TRACE_B);
    }

    @Test
    void a_record_of_a_batch_handled_in_its_span_keeps_the_context_of_its_own_trace() {
        Message<List<Object>> batch = batchOfTwo("demands", demand("d-5", "s-5"), demand("d-6", "s-6"));
        String[] kept = new String[3];

        tracing.batch(batch, () -> {
            kept[0] = tracing.inSpanOf("demandId", "d-6", tracing::currentContext);
            kept[1] = tracing.inSpanOf("demandId", "d-5", tracing::currentContext);
            kept[2] = tracing.inSpanOf("demandId", "d-7", tracing::currentContext);
        });

        assertThat(kept[0]).contains(TRACE_B);
        assertThat(kept[1]).contains(TRACE_A);
        assertThat(kept[2]).as("no record of the batch names d-7").isNull();
    }

    @Test
    void records_of_a_batch_naming_one_demand_are_handled_each_in_its_own_span_in_the_batchs_order() {
        Message<List<Object>> batch = batchOfTwo("demand-secrecy-status", demand("d-8", "s-8"),
                demand("d-8", "s-9"));
        String[] kept = new String[3];
        RecordHeaders first = new RecordHeaders();
        RecordHeaders second = new RecordHeaders();

        tracing.batch(batch, () -> {
            kept[0] = tracing.inSpanOf("demandId", "d-8", () -> {
                tracing.sent("customer-notices", demand("d-8", "s-8"), first);
                return tracing.currentContext();
            });
            kept[1] = tracing.inSpanOf("demandId", "d-8", () -> {
                tracing.sent("customer-notices", demand("d-8", "s-9"), second);
                return tracing.currentContext();
            });
            kept[2] = tracing.inSpanOf("demandId", "d-8", tracing::currentContext);
        });

        assertThat(kept[0]).contains(TRACE_A);
        assertThat(kept[1]).as("the second record of d-8, not the first again").contains(TRACE_B);
        assertThat(kept[2]).as("past the last record of d-8: the last").contains(TRACE_B);
        assertThat(traceOf(first)).isEqualTo(TRACE_A);
        assertThat(traceOf(second)).as("written while the second is in hand").isEqualTo(TRACE_B);
    }

    @Test
    void a_record_written_while_a_record_is_handled_continues_its_trace() {
        Message<Object> record = MessageBuilder.<Object>withPayload(submission("s-3"))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, "demand-submissions")
                .setHeader("traceparent", parent(TRACE_A).getBytes(StandardCharsets.UTF_8)).build();
        RecordHeaders written = new RecordHeaders();
        String[] kept = new String[1];

        tracing.record(record, () -> {
            tracing.sent("demands", demand("d-3", "s-3"), written);
            kept[0] = tracing.currentContext();
        });

        assertThat(traceOf(written)).isEqualTo(TRACE_A);
        assertThat(kept[0]).contains(TRACE_A);
        RecordHeaders later = new RecordHeaders();
        tracing.resume(kept[0], "notice send", "d-3", () -> {
            tracing.sent("customer-notices", demand("d-3", "s-3"), later);
            return null;
        });
        assertThat(traceOf(later)).as("work done later from the kept context").isEqualTo(TRACE_A);
    }

    @Test
    void a_record_written_outside_any_trace_starts_one() {
        RecordHeaders written = new RecordHeaders();

        tracing.sent("demands", demand("d-4", "s-4"), written);

        assertThat(traceOf(written)).hasSize(32).isNotIn(TRACE_A, TRACE_B);
    }

    private static GenericRecord submission(String submissionId) {
        GenericRecord record = new GenericData.Record(SUBMISSION);
        record.put("submissionId", submissionId);
        return record;
    }

    private static GenericRecord demand(String demandId, String submissionId) {
        GenericRecord record = new GenericData.Record(DEMAND);
        record.put("demandId", demandId);
        record.put("submissionId", submissionId);
        return record;
    }

    private static String parent(String traceId) {
        return "00-" + traceId + "-00f067aa0ba902b7-01";
    }

    private static String traceOf(RecordHeaders headers) {
        return new String(headers.lastHeader("traceparent").value(), StandardCharsets.UTF_8).split("-")[1];
    }

    /** A poll of two records of one topic, the first sent in trace A, the second in trace B. */
    private static Message<List<Object>> batchOfTwo(String topic, Object first, Object second) {
        return MessageBuilder.<List<Object>>withPayload(List.of(first, second))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, List.of(topic, topic))
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.of(Map.of("traceparent", parent(TRACE_A)),
                        Map.of("traceparent", parent(TRACE_B)))).build();
    }
}
