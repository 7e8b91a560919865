package org.demandflow.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.demandflow.registry.avro.AvroSchemaFormat;
import org.junit.jupiter.api.Test;

/** Which earlier versions each level checks, and in which direction. */
class CompatibilityLevelTest {

    private static final SchemaFormat AVRO = new AvroSchemaFormat();
    private static final String INT_ID = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"id\",\"type\":\"int\"}]}";
    private static final String LONG_ID = INT_ID.replace("\"int\"", "\"long\"");
    private static final String STRING_ID = INT_ID.replace("\"int\"", "\"string\"");

    @Test
    void backward_lets_a_wider_type_read_a_narrower_one_but_not_the_reverse() {
        assertThat(CompatibilityLevel.BACKWARD.incompatibilities(AVRO, LONG_ID, List.of(INT_ID))).isEmpty();
        assertThat(CompatibilityLevel.BACKWARD.incompatibilities(AVRO, INT_ID, List.of(LONG_ID))).isNotEmpty();
    }

    @Test
    void forward_and_full_check_the_other_direction_too() {
        assertThat(CompatibilityLevel.FORWARD.incompatibilities(AVRO, INT_ID, List.of(LONG_ID))).isEmpty();
        assertThat(CompatibilityLevel.FULL.incompatibilities(AVRO, LONG_ID, List.of(INT_ID))).isNotEmpty();
    }

    @Test
    void only_transitive_levels_look_past_the_last_version() {
        List<String> earlier = List.of(STRING_ID, INT_ID);

        assertThat(CompatibilityLevel.BACKWARD.incompatibilities(AVRO, LONG_ID, earlier)).isEmpty();
        assertThat(CompatibilityLevel.BACKWARD_TRANSITIVE.incompatibilities(AVRO, LONG_ID, earlier)).isNotEmpty();
        assertThat(CompatibilityLevel.NONE.incompatibilities(AVRO, STRING_ID, List.of(INT_ID))).isEmpty();
    }

    @Test
    void level_names_are_read_regardless_of_case() {
        assertThat(CompatibilityLevel.named("full_transitive")).contains(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(CompatibilityLevel.named("sometimes")).isEmpty();
        assertThat(CompatibilityLevel.named(null)).isEmpty();
    }
}
