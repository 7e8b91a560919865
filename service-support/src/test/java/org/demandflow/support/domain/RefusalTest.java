package org.demandflow.support.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.demandflow.support.domain.Refusal.Kind;
import org.demandflow.support.domain.Refusal.Violation;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void each_factory_gives_its_kind_and_detail_without_violations() {
        assertThat(Refusal.notFound("no demand d-1")).isEqualTo(new Refusal(Kind.NOT_FOUND, "no demand d-1", List.of()));
        assertThat(Refusal.conflict("case is CLEARED").kind()).isEqualTo(Kind.CONFLICT);
        assertThat(Refusal.invalid("bad").violations()).isEmpty();
    }

    @Test
    void an_invalid_command_names_its_fields_in_order() {
        Refusal refusal = Refusal.invalid("2 reason(s)", List.of(new Violation("customerId", "REQUIRED", "is required"),
                new Violation("country", "UNKNOWN_COUNTRY", "is not ISO 3166")));

        assertThat(refusal.kind()).isEqualTo(Kind.INVALID);
        assertThat(refusal.violations()).extracting(Violation::field).containsExactly("customerId", "country");
    }

    @Test
    void the_violations_cannot_change_afterwards() {
        List<Violation> violations = new ArrayList<>(List.of(new Violation("a", "B", "c")));
        Refusal refusal = Refusal.invalid("x", violations);
        violations.clear();

        assertThat(refusal.violations()).hasSize(1);
        assertThatThrownBy(() -> refusal.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_refusal_needs_a_kind_and_a_detail() {
        assertThatThrownBy(() -> Refusal.notFound(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Violation(null, "C", "m")).isInstanceOf(NullPointerException.class);
    }
}
