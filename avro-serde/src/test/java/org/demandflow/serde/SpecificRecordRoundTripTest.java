package org.demandflow.serde;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.demandflow.contracts.Contract;
import org.demandflow.events.DemandSubmission;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.StubRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpecificRecordRoundTripTest {

    private static final String TOPIC = Contract.DEMAND_SUBMISSIONS.topic();

    private final StubRegistry registry = StubRegistry.start();
    private final SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
    private final ConfluentAvroSerializer serializer = new ConfluentAvroSerializer(client,
            Map.of("avro.remove.java.properties", "true"));
    private final ConfluentAvroDeserializer specificReader = new ConfluentAvroDeserializer(client,
            Map.of("specific.avro.reader", "true"));

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void a_generated_record_comes_back_equal_through_the_specific_reader() {
        DemandSubmission sent = Demands.submission();

        Object read = specificReader.deserialize(TOPIC, serializer.serialize(TOPIC, sent));

        assertThat(read).isInstanceOf(DemandSubmission.class).isEqualTo(sent);
    }

    @Test
    void the_registered_schema_is_the_clean_contract_without_java_properties() throws Exception {
        serializer.serialize(TOPIC, Demands.submission());

        Schema registered = client.getLatest(Contract.DEMAND_SUBMISSIONS.subject()).schema();
        assertThat(registered).isEqualTo(Contract.DEMAND_SUBMISSIONS.schema());
        assertThat(registry.schema(1)).doesNotContain("avro.java.string");
        assertThat(new ObjectMapper().readTree(registry.requests().get(0).body()).path("schema").asString())
                .isEqualTo(registered.toString());
    }

    @Test
    void without_specific_reader_the_record_comes_back_generic() {
        byte[] bytes = serializer.serialize(TOPIC, Demands.submission());

        Object read = new ConfluentAvroDeserializer(client, Map.of()).deserialize(TOPIC, bytes);

        assertThat(read).isInstanceOf(GenericRecord.class);
        assertThat(((GenericRecord) read).get("customerId")).hasToString("contoso");
    }

    @Test
    void a_record_written_with_a_newer_schema_is_read_into_the_older_generated_class() throws Exception {
        Schema v2 = withExtraField(Contract.DEMAND_SUBMISSIONS.schema());
        GenericData.Record newer = copyInto(v2, Demands.submission());
        newer.put("priority", "HIGH");

        Object read = specificReader.deserialize(TOPIC, serializer.serialize(TOPIC, newer));

        assertThat(read).isEqualTo(Demands.submission());
    }

    @Test
    void a_key_is_registered_under_the_topics_key_subject() {
        ConfluentAvroSerializer keys = new ConfluentAvroSerializer(client, Map.of());
        keys.configure(Map.of(), true);

        keys.serialize(TOPIC, "sub-1");

        assertThat(client.listVersions(TOPIC + "-key")).containsExactly(1);
    }

    @Test
    void a_null_value_is_a_tombstone_both_ways() {
        assertThat(serializer.serialize(TOPIC, null)).isNull();
        assertThat(specificReader.deserialize(TOPIC, null)).isNull();
    }

    private static Schema withExtraField(Schema v1) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(v1.toString());
        ((ArrayNode) tree.get("fields")).addObject().put("name", "priority").put("type", "string")
                .put("default", "NORMAL");
        return new Schema.Parser().parse(tree.toString());
    }

    private GenericData.Record copyInto(Schema v2, DemandSubmission submission) {
        GenericRecord v1 = (GenericRecord) new ConfluentAvroDeserializer(client, Map.of())
                .deserialize(TOPIC, serializer.serialize(TOPIC, submission));
        GenericData.Record newer = new GenericData.Record(v2);
        v1.getSchema().getFields().forEach(field -> newer.put(field.name(), v1.get(field.name())));
        return newer;
    }
}
