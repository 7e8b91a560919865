package org.demandflow.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.StubRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GoldenBytesTest {

    private static final GoldenVectors GOLDEN = GoldenVectors.load();
    private static final String TOPIC = "golden-probe";

    private final StubRegistry registry = StubRegistry.start();
    private final SchemaRegistryClient client = new SchemaRegistryClient(registry.url());

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void each_golden_value_encodes_to_exactly_the_bytes_confluents_serializer_wrote() {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer(client, Map.of());
        assertThat(GOLDEN.vectors()).hasSize(2);
        for (GoldenVectors.Vector vector : GOLDEN.vectors()) {
            byte[] written = serializer.serialize(TOPIC, vector.value());
            assertThat(HexFormat.of().formatHex(written)).isEqualTo(HexFormat.of().formatHex(vector.bytes()));
        }
        assertThat(GOLDEN.subject()).isEqualTo(SubjectNames.topicNameStrategy(TOPIC, false));
        assertThat(client.lookup(GOLDEN.subject(), GOLDEN.schema).id()).isEqualTo(1);
    }

    @Test
    void each_golden_record_decodes_to_its_value() {
        client.register(GOLDEN.subject(), GOLDEN.schema);
        ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer(client, Map.of());
        for (GoldenVectors.Vector vector : GOLDEN.vectors()) {
            GenericRecord read = (GenericRecord) deserializer.deserialize(TOPIC, vector.bytes());
            assertThat(read.getSchema()).isEqualTo(GOLDEN.schema);
            assertThat(GenericData.get().toString(read)).isEqualTo(GenericData.get().toString(vector.value()));
        }
    }

    @Test
    void the_golden_unicode_string_and_negative_numbers_survive_the_round_trip() {
        client.register(GOLDEN.subject(), GOLDEN.schema);
        GoldenVectors.Vector rich = GOLDEN.vectors().get(1);
        GenericRecord read = (GenericRecord) new ConfluentAvroDeserializer(client, Map.of())
                .deserialize(TOPIC, rich.bytes());
        assertThat(read.get("note")).hasToString("héllo ✓");
        assertThat(read.get("count")).isEqualTo(-1);
        assertThat(((GenericRecord) read.get("nested")).get("y")).isEqualTo(-123456789012L);
        assertThat(read.get("at")).isEqualTo(1732790400123L);
    }
}
