package org.demandflow.support.outbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.demandflow.support.jdbc.RowsAtCommit;
import org.demandflow.support.tracing.RecordTracing;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts the service's outgoing events in the outbox, in the transaction that publishes them. An event the
 * service's {@link EventExternalizationConfiguration} selects is routed and mapped as it says, serialized at
 * once by the service's producer serializers (so a signature is made here, over the bytes that will be sent),
 * and kept until the transaction commits; just before the commit, the transaction's records are inserted with
 * one batched statement, in the order they were published ({@link RowsAtCommit}). An event published outside a
 * transaction is refused: it could not commit with the change that caused it. Each record carries the trace context of what caused it
 * ({@link RecordTracing#sent}).
 */
public final class OutboxWriter {

    private final EventExternalizationConfiguration routes;
    private final Serializer<Object> keys;
    private final Serializer<Object> values;
    private final OutboxStore store;
    private final RecordTracing tracing;
    /** Just before the audit trail's entries (last of all, holding its chain head) where a service keeps one. */
    private final RowsAtCommit<OutboxRecord> pending;

    OutboxWriter(EventExternalizationConfiguration routes, Serializer<Object> keys, Serializer<Object> values,
                 OutboxStore store, RecordTracing tracing) {
        this.routes = routes;
        this.keys = keys;
        this.values = values;
        this.store = store;
        this.tracing = tracing;
        this.pending = new RowsAtCommit<>(store::add, Ordered.LOWEST_PRECEDENCE - 1);
    }

    @EventListener
    void on(PayloadApplicationEvent<?> published) {
        writeIfRouted(published.getPayload());
    }

    /** Puts the event in the outbox of the current transaction if a route selects it; answers whether one did. */
    public boolean writeIfRouted(Object event) {
        if (!routes.supports(event)) {
            return false;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an outgoing " + event.getClass().getSimpleName()
                    + " needs a transaction: it must commit with the change that caused it");
        }
        pending.add(serialize(event));
        return true;
    }

    private OutboxRecord serialize(Object event) {
        RoutingTarget target = routes.determineTarget(event);
        Object value = routes.map(event);
        RecordHeaders headers = new RecordHeaders();
        routes.getHeadersFor(event).forEach((name, header) ->
                headers.add(name, String.valueOf(header).getBytes(StandardCharsets.UTF_8)));
        byte[] key = target.getKey() == null ? null : keys.serialize(target.getTarget(), headers, target.getKey());
        byte[] bytes = values.serialize(target.getTarget(), headers, value);
        tracing.sent(target.getTarget(), value, headers);
        return new OutboxRecord(0, target.getTarget(), key, bytes, headers);
    }
}
