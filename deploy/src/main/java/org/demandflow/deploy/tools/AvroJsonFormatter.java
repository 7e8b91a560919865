package org.demandflow.deploy.tools;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.MessageFormatter;
import org.apache.kafka.common.header.Header;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.SerdeConfig;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints each record as one line of JSON for Kafka's console consumer ({@code --formatter}): topic, partition,
 * offset, timestamp, key, headers, and the value decoded from the Confluent wire format with its writer schema from
 * the registry ({@code schema.registry.url} and the {@code basic.auth.*} settings, as {@code --formatter-config} or
 * {@code --formatter-property}). A value that does not decode (a dead letter's original bytes may be anything) is
 * printed as its length and the reason, never dropped. Header values print as text when they are UTF-8, else as
 * {@code base64:…} (the status signatures).
 */
public final class AvroJsonFormatter implements MessageFormatter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfluentAvroDeserializer values = new ConfluentAvroDeserializer();

    @Override
    public void configure(Map<String, ?> configs) {
        Map<String, Object> settings = new HashMap<>(configs);
        settings.put(SerdeConfig.SPECIFIC_READER, "false");
        values.configure(settings, false);
    }

    @Override
    public void writeTo(ConsumerRecord<byte[], byte[]> record, PrintStream output) {
        output.println(JSON.writeValueAsString(line(record)));
    }

    ObjectNode line(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode line = JSON.createObjectNode();
        line.put("topic", record.topic());
        line.put("partition", record.partition());
        line.put("offset", record.offset());
        line.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
        line.put("key", record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
        ObjectNode headers = line.putObject("headers");
        for (Header header : record.headers()) {
            headers.put(header.key(), HeaderText.of(header.value()));
        }
        if (record.value() == null) {
            line.putNull("value");
            return line;
        }
        try {
            Object value = values.deserialize(record.topic(), record.value());
            String text = GenericData.get().toString(value);
            try {
                line.set("value", JSON.readTree(text));
            } catch (JacksonException notJson) {
                line.put("value", text);
            }
        } catch (RuntimeException undecodable) {
            line.putNull("value");
            line.put("valueBytes", record.value().length);
            line.put("undecodable", undecodable.getClass().getSimpleName() + ": " + undecodable.getMessage());
        }
        return line;
    }

    @Override
    public void close() {
        values.close();
    }
}
