package org.demandflow.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.demandflow.registry.avro.AvroSchemaFormat;
import org.demandflow.registry.store.JsonLinesSchemaLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's rules, without a server. */
class RegistryTest {

    private static final String V1 = """
            {"type":"record","name":"Order","fields":[{"name":"id","type":"string"}]}""";
    private static final String V2 = """
            {"type":"record","name":"Order","fields":[{"name":"id","type":"string"},
             {"name":"note","type":["null","string"],"default":null}]}""";

    @TempDir
    Path dataDir;

    private JsonLinesSchemaLog log;
    private Registry registry;

    @BeforeEach
    void open() {
        log = new JsonLinesSchemaLog(dataDir);
        registry = new Registry(new AvroSchemaFormat(), log);
    }

    @AfterEach
    void close() {
        log.close();
    }

    @Test
    void registering_a_known_schema_again_adds_no_version() {
        Registration first = registry.register("orders-value", V1);
        Registration again = registry.register("orders-value", "  " + V1.replace(",", " , ") + "\n");

        assertThat(first).isEqualTo(new Registration.Registered(new SchemaVersion("orders-value", 1, 1, canonical(V1)), true));
        assertThat(again).isEqualTo(new Registration.Registered(new SchemaVersion("orders-value", 1, 1, canonical(V1)), false));
        assertThat(registry.versions("orders-value")).get().asList().hasSize(1);
    }

    @Test
    void schemas_that_differ_only_in_a_default_get_different_ids() {
        registry.setLevel(null, CompatibilityLevel.NONE);
        registry.register("orders-value", V2);

        Registration other = registry.register("orders-value", V2.replace("\"default\":null", "\"default\":null,\"doc\":\"x\""));

        assertThat(((Registration.Registered) other).version().id()).isEqualTo(2);
    }

    @Test
    void an_incompatible_schema_is_an_outcome_with_reasons_and_leaves_no_trace() {
        registry.register("orders-value", V2);

        Registration refused = registry.register("orders-value", V1.replace("\"string\"}", "\"long\"}"));

        assertThat(refused).isInstanceOf(Registration.Incompatible.class);
        assertThat(((Registration.Incompatible) refused).reasons()).isNotEmpty();
        assertThat(registry.schema(2)).isEmpty();
    }

    @Test
    void text_that_is_no_schema_is_an_invalid_outcome_and_a_failed_look_up() {
        assertThat(registry.register("orders-value", "{\"type\":\"wobble\"}")).isInstanceOf(Registration.Invalid.class);
        assertThatThrownBy(() -> registry.lookup("orders-value", "not json")).isInstanceOf(InvalidSchemaException.class);
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void the_latest_version_is_the_last_one_registered() {
        registry.register("orders-value", V1);
        registry.register("orders-value", V2);

        assertThat(registry.version("orders-value", Registry.LATEST)).get().extracting(SchemaVersion::version).isEqualTo(2);
        assertThat(registry.version("orders-value", 3)).isEmpty();
        assertThat(registry.version("nobody-value", Registry.LATEST)).isEmpty();
    }

    @Test
    void a_reopened_registry_continues_ids_and_versions_where_it_stopped() {
        registry.register("orders-value", V1);
        registry.deleteSubject("orders-value");
        log.close();
        log = new JsonLinesSchemaLog(dataDir);
        registry = new Registry(new AvroSchemaFormat(), log);

        Registration next = registry.register("orders-value", V2);

        assertThat(((Registration.Registered) next).version()).isEqualTo(new SchemaVersion("orders-value", 2, 2, canonical(V2)));
        assertThat(registry.schema(1)).contains(canonical(V1));
    }

    private static String canonical(String schema) {
        return new AvroSchemaFormat().canonicalize(schema);
    }
}
