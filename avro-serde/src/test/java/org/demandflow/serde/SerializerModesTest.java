package org.demandflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.StubRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerializerModesTest {

    private static final GoldenVectors GOLDEN = GoldenVectors.load();
    private static final String TOPIC = "golden-probe";

    private final StubRegistry registry = StubRegistry.start();
    private final SchemaRegistryClient client = new SchemaRegistryClient(registry.url());

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void without_auto_registration_the_serializer_uses_the_id_it_looks_up() {
        client.register("other-value", Schema.create(Schema.Type.STRING));
        client.register(GOLDEN.subject(), GOLDEN.schema);
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer(client, Map.of("auto.register.schemas", "false"));

        byte[] bytes = serializer.serialize(TOPIC, GOLDEN.vectors().get(0).value());

        assertThat(bytes[4]).isEqualTo((byte) 2);
        assertThat(registry.requests()).filteredOn(r -> r.path().equals("/subjects/golden-probe-value")).hasSize(1);
    }

    @Test
    void with_use_latest_version_the_serializer_writes_with_the_subjects_latest_schema() {
        client.register(GOLDEN.subject(), GOLDEN.schema);
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer(client, Map.of(
                "use.latest.version", true, "auto.register.schemas", false));

        byte[] first = serializer.serialize(TOPIC, GOLDEN.vectors().get(0).value());
        serializer.serialize(TOPIC, GOLDEN.vectors().get(1).value());

        assertThat(first).isEqualTo(GOLDEN.vectors().get(0).bytes());
        assertThat(registry.requests()).filteredOn(r -> r.path().endsWith("/versions/latest")).hasSize(1);
    }

    @Test
    void auto_registration_takes_precedence_over_use_latest_version_as_in_confluent() {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer(client, Map.of("use.latest.version", true));

        serializer.serialize(TOPIC, GOLDEN.vectors().get(0).value());

        assertThat(registry.requests()).extracting(StubRegistry.Request::path)
                .containsExactly("/subjects/golden-probe-value/versions");
    }

    @Test
    void a_schema_is_registered_once_for_many_records() {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer(client, Map.of());

        GOLDEN.vectors().forEach(vector -> serializer.serialize(TOPIC, vector.value()));
        GOLDEN.vectors().forEach(vector -> serializer.serialize(TOPIC, vector.value()));

        assertThat(registry.requests()).hasSize(1);
    }

    @Test
    void a_serializer_configured_by_kafka_needs_the_registry_url() {
        assertThatThrownBy(() -> new ConfluentAvroSerializer().configure(Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
    }

    @Test
    void a_subject_strategy_other_than_topic_names_is_refused() {
        assertThatThrownBy(() -> SerdeConfig.from(Map.of("value.subject.name.strategy",
                "io.confluent.kafka.serializers.subject.RecordNameStrategy")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("only TopicNameStrategy");
    }

    @Test
    void basic_auth_user_info_is_sent_when_its_source_is_user_info() {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        serializer.configure(Map.of("schema.registry.url", registry.url() + "," + registry.url(),
                "basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "operator:operator"), false);

        serializer.serialize(TOPIC, GOLDEN.vectors().get(0).value());

        assertThat(registry.requests().get(0).authorization()).isEqualTo("Basic b3BlcmF0b3I6b3BlcmF0b3I=");
    }

    @Test
    void basic_auth_credentials_can_come_from_the_url() {
        SerdeConfig config = SerdeConfig.from(Map.of("schema.registry.url", "http://user:secret@127.0.0.1:8081"));

        assertThat(config.userInfo()).contains("user:secret");
        assertThat(config.registryUrls()).hasToString("[http://127.0.0.1:8081]");
    }
}
