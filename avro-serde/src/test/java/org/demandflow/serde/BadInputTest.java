package org.demandflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.common.errors.SerializationException;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.StubRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BadInputTest {

    private static final GoldenVectors GOLDEN = GoldenVectors.load();
    private static final String TOPIC = "golden-probe";

    private final StubRegistry registry = StubRegistry.start();
    private final SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
    private final ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer(client, Map.of());

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void a_record_with_a_wrong_magic_byte_is_refused() {
        byte[] json = "{\"id\":\"a\"}".getBytes();

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic 'golden-probe'")
                .hasMessageContaining("unknown magic byte 0x7b");
    }

    @Test
    void a_record_shorter_than_the_header_is_refused() {
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] {0, 0, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("record of 3 bytes is shorter than the 5-byte Confluent header");
    }

    @Test
    void a_truncated_body_is_refused() {
        client.register(GOLDEN.subject(), GOLDEN.schema);
        byte[] whole = GOLDEN.vectors().get(1).bytes();

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, Arrays.copyOf(whole, whole.length - 4)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot read the Avro body")
                .hasMessageContaining("schema id 1")
                .hasMessageContaining("truncated or garbled");
    }

    @Test
    void a_body_with_bytes_left_over_is_refused() {
        client.register(GOLDEN.subject(), GOLDEN.schema);
        byte[] whole = GOLDEN.vectors().get(0).bytes();

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, Arrays.copyOf(whole, whole.length + 3)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("bytes left over");
    }

    @Test
    void a_record_with_an_unknown_schema_id_is_refused() {
        byte[] unknownId = HexFormat.of().parseHex("0000000063" + "0261");

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, unknownId))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 99 is unknown to the schema registry")
                .hasMessageContaining("40403");
    }

    @Test
    void an_unreachable_registry_is_named_in_the_error() throws Exception {
        String deadUrl;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadUrl = "http://127.0.0.1:" + socket.getLocalPort();
        }
        ConfluentAvroDeserializer cut = new ConfluentAvroDeserializer();
        cut.configure(Map.of("schema.registry.url", deadUrl), false);

        assertThatThrownBy(() -> cut.deserialize(TOPIC, GOLDEN.vectors().get(0).bytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot fetch schema id 1")
                .hasMessageContaining("unreachable at [" + deadUrl + "]");
    }

    @Test
    void a_specific_reader_without_the_generated_class_says_which_class_is_missing() {
        client.register(GOLDEN.subject(), GOLDEN.schema);
        ConfluentAvroDeserializer specific = new ConfluentAvroDeserializer(client, Map.of("specific.avro.reader", true));

        assertThatThrownBy(() -> specific.deserialize(TOPIC, GOLDEN.vectors().get(0).bytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("no generated class org.example.golden.Probe (schema id 1) is on the classpath");
    }

    @Test
    void a_value_that_is_not_avro_is_refused_by_the_serializer() {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer(client, Map.of());

        assertThatThrownBy(() -> serializer.serialize(TOPIC, new Object()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot serialize a java.lang.Object as Avro");
    }

    @Test
    void a_serializer_without_auto_registration_refuses_an_unregistered_schema() {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer(client,
                Map.of("auto.register.schemas", false));

        assertThatThrownBy(() -> serializer.serialize(TOPIC, GOLDEN.vectors().get(0).value()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot look up the schema of org.example.golden.Probe under subject 'golden-probe-value'")
                .hasMessageContaining("40401");
    }

    @Test
    void a_value_the_serializer_cannot_write_is_named_by_subject_and_class_but_none_of_its_values() {
        Schema schema = new Schema.Parser().parse("{\"type\": \"record\", \"name\": \"Requester\", \"namespace\": "
                + "\"org.example\", \"fields\": [{\"name\": \"email\", \"type\": [\"null\", \"string\"]}]}");
        GenericData.Record requester = new GenericData.Record(schema);
        requester.put("email", List.of("pii-marker-jane.roe@example.com"));
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer(client, Map.of());

        assertThatThrownBy(() -> serializer.serialize("requesters", requester))
                .isInstanceOf(AvroSerdeException.class)
                .hasMessageContaining("cannot write a org.apache.avro.generic.GenericData$Record to subject "
                        + "'requesters-value'")
                .hasMessageContaining("UnresolvedUnionException")
                .satisfies(failure -> assertThat(printed(failure)).doesNotContain("pii-marker"));
    }

    private static String printed(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
