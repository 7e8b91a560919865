package org.demandflow.support.tracing;

import io.micrometer.tracing.Link;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The spans of records. A record taken in gets a {@code "<topic> process"} span, a child of the context in its
 * {@code traceparent} header (a new trace when it has none), tagged with the ids its value names. A record
 * written to the outbox gets a {@code "<topic> send"} span and its context in the record's headers; its parent is
 * the span of the record in hand that it names by one of the same ids (in a batch, the submission a demand came
 * from, or the demand a status is about), else the current span (the REST request, the record in hand). So one
 * trace runs from a ticketing system's submission to its demand's first status, and from a reviewer's request
 * to the mail, each span carrying the demandId.
 *
 * <p>Written here because Spring Kafka observes record listeners only, not a batch record by record, and not an
 * outbox that sends later from another thread.
 */
public final class RecordTracing {

    /** The ids a span is tagged with, as {@code demandflow.<field>}, when a record's value has such a field. */
    static final List<String> ID_FIELDS = List.of("demandId", "submissionId");
    static final String TAG_PREFIX = "demandflow.";
    private static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;
    /** The spans of the batch the current thread is handling. */
    private final ThreadLocal<BatchSpans> batchSpans = new ThreadLocal<>();

    public RecordTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Spans that go nowhere, for a service without tracing. */
    public static RecordTracing none() {
        return new RecordTracing(Tracer.NOOP, Propagator.NOOP);
    }

    /**
     * Runs {@code work} (the handling of one record in record mode) inside the record's span.
     */
    public void record(Message<?> record, Runnable work) {
        within(receive(String.valueOf(record.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC)), record.getHeaders(),
                record.getPayload()), () -> {
                    work.run();
                    return null;
                });
    }

    /**
     * Runs {@code work} (the handling of a poll in batch mode) with a span for each record of the batch, so each
     * record the handling writes to the outbox continues the trace of the record it came from. A record the
     * handling reports as failed ({@link BatchListenerFailedException}) has its span marked with the error.
     */
    public void batch(Message<? extends List<?>> batch, Runnable work) {
        List<?> payloads = batch.getPayload();
        List<Map<String, Object>> headers = recordHeaders(batch);
        Object topics = batch.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC);
        List<Span> spans = new ArrayList<>(payloads.size());
        Map<String, List<Span>> byId = new HashMap<>();
        for (int i = 0; i < payloads.size(); i++) {
            Object payload = payloads.get(i);
            Span span = receive(topics instanceof List<?> list && i < list.size() ? String.valueOf(list.get(i))
                    : String.valueOf(topics), headers != null && i < headers.size() ? headers.get(i) : Map.of(),
                    payload);
            spans.add(span);
            ids(payload).forEach((field, id) -> byId.computeIfAbsent(field + '=' + id, key -> new ArrayList<>())
                    .add(span));
        }
        batchSpans.set(new BatchSpans(byId));
        try {
            work.run();
        } catch (BatchListenerFailedException e) {
            if (e.getIndex() >= 0 && e.getIndex() < spans.size()) {
                spans.get(e.getIndex()).error(e);
            }
            throw e;
        } finally {
            batchSpans.remove();
            spans.forEach(Span::end);
        }
    }

    /**
     * Runs {@code work} (the handling of one record of the batch in hand, inside {@link #batch}) with that record's
     * span current, found by an id its value names (e.g. {@code "demandId"}), so what the handling logs, keeps
     * ({@link #currentContext()}) and writes ({@link #sent}) belongs to the record's trace. The records of the batch
     * that name the same id are taken in the batch's order, one a call (a demand's PENDING_REVIEW and its CLEARED
     * in one poll each keep their own trace; calls past the last stay with the last). Outside a batch, or without
     * such a record, {@code work} runs as it is.
     */
    public <T> T inSpanOf(String field, Object id, Supplier<T> work) {
        BatchSpans batch = batchSpans.get();
        Span span = batch == null ? null : batch.next(field + '=' + id);
        if (span == null) {
            return work.get();
        }
        Span before = batch.inHand;
        batch.inHand = span;
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } finally {
            batch.inHand = before;
        }
    }

    /**
     * Runs {@code work} in a new span continuing a context kept earlier ({@link #currentContext()}), e.g. the
     * send of a notice planned while its status was handled; a new trace when {@code kept} is null.
     */
    public <T> T resume(String kept, String name, String demandId, Supplier<T> work) {
        return within((kept == null ? tracer.spanBuilder() : propagator.extract(Map.of(TRACEPARENT, kept), Map::get))
                .name(name).tag(TAG_PREFIX + "demandId", demandId).start(), work);
    }

    /**
     * Runs {@code work} in a new trace whose first span links to the contexts kept earlier ({@link #currentContext()})
     * of what caused it, e.g. an order's release by the clock to the decisions that set the order's end.
     */
    public <T> T startLinked(String name, String demandId, List<String> causes, Supplier<T> work) {
        Span.Builder builder = tracer.spanBuilder().setNoParent().name(name).tag(TAG_PREFIX + "demandId", demandId);
        for (String cause : causes) {
            TraceContext context = contextOf(cause);
            if (context != null) {
                builder.addLink(new Link(context));
            }
        }
        return within(builder.start(), work);
    }

    /** Runs {@code work} with the span current, marks the span with a failure, and ends it. */
    private <T> T within(Span span, Supplier<T> work) {
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** The current span's context as a W3C {@code traceparent}, to keep with work done later; null if none. */
    public String currentContext() {
        Span current = tracer.currentSpan();
        if (current == null) {
            return null;
        }
        Map<String, String> carrier = new LinkedHashMap<>();
        propagator.inject(current.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Starts and ends the {@code "<topic> send"} span of a record written to the outbox, and puts its context in the
     * record's headers.
     */
    public void sent(String topic, Object value, Headers headers) {
        Map<String, String> ids = ids(value);
        Span parent = parentOf(ids);
        Span.Builder builder = tracer.spanBuilder().name(topic + " send").kind(Span.Kind.PRODUCER)
                .tag("messaging.system", "kafka").tag("messaging.destination.name", topic);
        if (parent != null) {
            builder.setParent(parent.context());
        }
        ids.forEach((field, id) -> builder.tag(TAG_PREFIX + field, id));
        Span span = builder.start();
        try {
            propagator.inject(span.context(), headers, (carrier, name, text) -> {
                carrier.remove(name);
                carrier.add(name, text.getBytes(StandardCharsets.UTF_8));
            });
        } finally {
            span.end();
        }
    }

    private Span parentOf(Map<String, String> ids) {
        BatchSpans batch = batchSpans.get();
        if (batch != null) {
            if (batch.inHand != null) {
                return batch.inHand;
            }
            for (Map.Entry<String, String> id : ids.entrySet()) {
                List<Span> spans = batch.byId.get(id.getKey() + '=' + id.getValue());
                if (spans != null) {
                    return spans.get(0);
                }
            }
        }
        return tracer.currentSpan();
    }

    private Span receive(String topic, Map<String, Object> headers, Object payload) {
        Span.Builder builder = propagator.extract(headers, RecordTracing::header)
                .name(topic + " process").kind(Span.Kind.CONSUMER)
                .tag("messaging.system", "kafka").tag("messaging.destination.name", topic);
        ids(payload).forEach((field, id) -> builder.tag(TAG_PREFIX + field, id));
        return builder.start();
    }

    /** A kept {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}) as a context, or null if malformed. */
    private TraceContext contextOf(String traceparent) {
        String[] parts = traceparent.split("-");
        if (parts.length != 4 || parts[1].length() != 32 || parts[2].length() != 16) {
            return null;
        }
        return tracer.traceContextBuilder().traceId(parts[1]).spanId(parts[2]).sampled(parts[3].endsWith("1"))
                .build();
    }

    private static String header(Map<String, Object> headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Header header) {
            return new String(header.value(), StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    /** The ids a record's value names ({@link #ID_FIELDS}), in that order; none for anything but an Avro record. */
    static Map<String, String> ids(Object value) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (value instanceof GenericRecord record) {
            for (String field : ID_FIELDS) {
                if (record.getSchema().getField(field) != null && record.get(field) != null) {
                    ids.put(field, record.get(field).toString());
                }
            }
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> recordHeaders(Message<?> batch) {
        Object headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        return headers instanceof List<?> list ? (List<Map<String, Object>>) list : null;
    }

    /**
     * A batch's spans by {@code field=value} of the ids their records name (in the batch's order), how many of each
     * {@link #inSpanOf} has taken, and the span of the record in hand.
     */
    private static final class BatchSpans {

        final Map<String, List<Span>> byId;
        final Map<String, Integer> taken = new HashMap<>();
        Span inHand;

        BatchSpans(Map<String, List<Span>> byId) {
            this.byId = byId;
        }

        Span next(String key) {
            List<Span> spans = byId.get(key);
            if (spans == null) {
                return null;
            }
            int index = taken.merge(key, 1, Integer::sum) - 1;
            return spans.get(Math.min(index, spans.size() - 1));
        }
    }
}
