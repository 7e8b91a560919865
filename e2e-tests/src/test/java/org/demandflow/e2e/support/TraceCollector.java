package org.demandflow.e2e.support;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OTLP/HTTP trace receiver ({@code POST /v1/traces}, protobuf) the stack's services export their spans to, as
 * they would to an OpenTelemetry Collector: the tests read the spans of a trace from it. Written here because a
 * collector is not a Java library; the wire messages are OpenTelemetry's own ({@code opentelemetry-proto}).
 * It keeps spans by trace id, at most about {@value #KEPT_SPANS}, dropping the traces first seen longest ago: a
 * test reads the traces it has just made, and a fault harness run of 10,000 demands exports half a million spans.
 * (It kept every span in a copy-on-write list: each span copied the whole list, and such a run's test JVM spent
 * both cores and its heap on them.)
 */
public final class TraceCollector implements AutoCloseable {

    /**
     * One span as exported: ids in lower-case hex, the exporting service, the span's string attributes and the
     * trace ids of the spans it links to.
     */
    public record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
                               Map<String, String> attributes, List<String> linkedTraceIds) {

        public String attribute(String key) {
            return attributes.get(key);
        }
    }

    static final int KEPT_SPANS = 50_000;

    private final HttpServer server;
    /** Spans by trace id, the trace first seen longest ago first; guarded by itself, as is {@link #kept}. */
    private final Map<String, List<ExportedSpan>> traces = new LinkedHashMap<>();
    private int kept;

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    public static TraceCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TraceCollector collector = new TraceCollector(server);
            server.createContext("/v1/traces", collector::receive);
            server.start();
            return collector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoint to give {@code management.opentelemetry.tracing.export.otlp.endpoint}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    /** The spans received so far of the trace. */
    public List<ExportedSpan> trace(String traceId) {
        synchronized (traces) {
            return List.copyOf(traces.getOrDefault(traceId, List.of()));
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            request.getResourceSpansList().forEach(this::keep);
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    private void keep(ResourceSpans resource) {
        String service = strings(resource.getResource().getAttributesList()).get("service.name");
        for (ScopeSpans scope : resource.getScopeSpansList()) {
            scope.getSpansList().forEach(span -> add(new ExportedSpan(service, hex(span.getTraceId()),
                    hex(span.getSpanId()), hex(span.getParentSpanId()), span.getName(),
                    strings(span.getAttributesList()),
                    span.getLinksList().stream().map(link -> hex(link.getTraceId())).toList())));
        }
    }

    private void add(ExportedSpan span) {
        synchronized (traces) {
            traces.computeIfAbsent(span.traceId(), id -> new ArrayList<>()).add(span);
            kept++;
            Iterator<List<ExportedSpan>> oldest = traces.values().iterator();
            while (kept > KEPT_SPANS && traces.size() > 1) {
                kept -= oldest.next().size();
                oldest.remove();
            }
        }
    }

    private static Map<String, String> strings(List<KeyValue> attributes) {
        Map<String, String> strings = new LinkedHashMap<>();
        attributes.forEach(attribute -> strings.put(attribute.getKey(), attribute.getValue().getStringValue()));
        return strings;
    }

    private static String hex(ByteString id) {
        return HexFormat.of().formatHex(id.toByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
