package org.demandflow.support.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class DemandIdTest {

    @Test
    void its_text_is_the_uuid_and_parses_back_to_an_equal_id() {
        DemandId id = DemandId.random();

        assertThat(id.toString()).isEqualTo(id.value().toString());
        assertThat(DemandId.parse(id.toString())).isEqualTo(id);
    }

    @Test
    void two_random_ids_differ() {
        assertThat(DemandId.random()).isNotEqualTo(DemandId.random());
    }

    @Test
    void a_text_that_is_no_uuid_is_refused() {
        assertThatThrownBy(() -> DemandId.parse("d-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_id_needs_a_value() {
        assertThatThrownBy(() -> new DemandId(null)).isInstanceOf(NullPointerException.class);
        assertThat(new DemandId(new UUID(0, 1)).toString()).isEqualTo("00000000-0000-0000-0000-000000000001");
    }
}
