package org.demandflow.support.kafka;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The one way a binding in batch mode ({@code consumer.batch-mode: true}) takes in a poll: the records arrive as
 * one {@code Message<List<Object>>}, each record's headers in {@code kafka_batchConvertedHeaders}, an undecodable
 * record as a {@link KafkaNull} (its error and original bytes stay in the record's headers). The records are
 * converted in order up to the first that cannot be (undecodable, or refused by the converter, e.g.
 * {@link InboundRecords#convert}); the ones before it go to the handler together, in one call (one transaction).
 * That record is then reported by a {@link BatchListenerFailedException} with its index, and the container's error
 * handler ({@link DeadLetterCustomizer}) commits the records before it, retries or dead-letters it alone with its
 * original bytes, and delivers the rest again. If the handler fails for a whole batch, its records are handled again
 * one at a time, a call each, and the first that fails is reported the same way, the ones before it handled: so a
 * handler must be idempotent, and a record never fails for another's sake. Each record reaches the converter as
 * record mode would hand it over: its own headers, its key, topic, partition, offset and timestamp.
 */
public final class Batches {

    private static final Logger log = LoggerFactory.getLogger(Batches.class);
    private static final LogAccessor LOG_ACCESS = new LogAccessor(Batches.class);
    /** The headers a batch carries as one list, an element per record. */
    private static final List<String> PER_RECORD = List.of(KafkaHeaders.RECEIVED_KEY, KafkaHeaders.RECEIVED_TOPIC,
            KafkaHeaders.RECEIVED_PARTITION, KafkaHeaders.OFFSET, KafkaHeaders.RECEIVED_TIMESTAMP);

    private Batches() {
    }

    /**
     * Converts the batch's records and hands them to {@code handler}, as above.
     *
     * @throws BatchListenerFailedException naming the first record that could not be converted or handled
     */
    public static <D> void handle(Message<? extends List<?>> batch, Function<Message<?>, D> converter,
            Consumer<List<D>> handler) {
        List<?> payloads = batch.getPayload();
        List<Map<String, Object>> headers = recordHeaders(batch);
        List<D> converted = new ArrayList<>(payloads.size());
        RuntimeException refusal = null;
        for (int i = 0; i < payloads.size() && refusal == null; i++) {
            Object payload = payloads.get(i);
            try {
                if (payload == null || payload instanceof KafkaNull) {
                    throw undecodable(headers == null || i >= headers.size() ? null : headers.get(i));
                }
                converted.add(converter.apply(record(payload, headers, i, batch.getHeaders())));
            } catch (RuntimeException e) {
                refusal = e;
            }
        }
        handleAll(converted, handler);
        if (refusal != null) {
            throw failed(refusal, converted.size());
        }
    }

    /**
     * The records of a batch stably sorted by {@code key} (e.g. the demand id): the order in which a handler takes
     * their row locks. Two bindings whose transactions lock the same rows (each a poll long) take them in this one
     * order, so they wait for each other but never deadlock; the records of one key keep their order.
     */
    public static <D> List<D> inLockOrder(List<D> records, Function<D, String> key) {
        List<D> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(key));
        return sorted;
    }

    private static <D> void handleAll(List<D> records, Consumer<List<D>> handler) {
        if (records.isEmpty()) {
            return;
        }
        try {
            handler.accept(records);
        } catch (RuntimeException batchFailure) {
            if (records.size() == 1) {
                throw failed(batchFailure, 0);
            }
            log.warn("A batch of {} records failed ({}); handling them one at a time", records.size(),
                    FailureText.summary(batchFailure));
            for (int i = 0; i < records.size(); i++) {
                try {
                    handler.accept(Collections.singletonList(records.get(i)));
                } catch (RuntimeException recordFailure) {
                    throw failed(recordFailure, i);
                }
            }
        }
    }

    /** The deserializer's own failure, kept in the record's headers, so the dead letter names it as in record mode. */
    private static DeserializationException undecodable(Map<String, Object> headers) {
        Object raw = headers == null ? null : headers.get(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER);
        if (raw instanceof byte[] bytes) {
            DeserializationException failure = SerializationUtils.byteArrayToDeserializationException(LOG_ACCESS,
                    new RecordHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, bytes));
            if (failure != null) {
                return failure;
            }
        }
        return new DeserializationException("undecodable record", null, false, null);
    }

    private static BatchListenerFailedException failed(RuntimeException failure, int index) {
        return new BatchListenerFailedException(FailureText.summary(failure), failure, index);
    }

    /**
     * The record at {@code index} as record mode would hand it over: its own headers, and its key, topic, partition,
     * offset and timestamp taken from the batch's lists of them.
     */
    private static Message<?> record(Object payload, List<Map<String, Object>> headers, int index,
            MessageHeaders batchHeaders) {
        MessageBuilder<Object> record = MessageBuilder.withPayload(payload);
        if (headers != null && index < headers.size()) {
            record.copyHeaders(headers.get(index));
        }
        for (String name : PER_RECORD) {
            if (batchHeaders.get(name) instanceof List<?> values && index < values.size()) {
                record.setHeader(name, values.get(index));
            }
        }
        return record.build();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> recordHeaders(Message<?> batch) {
        Object headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        return headers instanceof List<?> list ? (List<Map<String, Object>>) list : null;
    }
}
