package org.demandflow.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Map;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.StubRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrimitiveValuesTest {

    private final StubRegistry registry = StubRegistry.start();
    private final SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
    private final ConfluentAvroSerializer serializer = new ConfluentAvroSerializer(client, Map.of());
    private final ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer(client,
            Map.of("specific.avro.reader", true));

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void a_string_is_written_under_the_string_schema_and_read_back_as_a_java_string() {
        byte[] bytes = serializer.serialize("notes", "héllo");

        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo("00000000010c68c3a96c6c6f");
        assertThat(registry.schema(1)).isEqualTo("\"string\"");
        assertThat(deserializer.deserialize("notes", bytes)).isEqualTo("héllo");
    }

    @Test
    void numbers_booleans_and_bytes_survive_the_round_trip() {
        for (Object value : new Object[] {42, -7L, 2.5d, 1.5f, true}) {
            assertThat(deserializer.deserialize("values", serializer.serialize("values", value))).isEqualTo(value);
        }
        Object bytes = deserializer.deserialize("raw", serializer.serialize("raw", new byte[] {0, -1, 16}));
        assertThat(bytes).isEqualTo(ByteBuffer.wrap(new byte[] {0, -1, 16}));
    }
}
