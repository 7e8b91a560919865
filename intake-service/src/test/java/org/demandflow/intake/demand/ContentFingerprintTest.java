package org.demandflow.intake.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-01T10:00:00Z");

    private static DemandDetails details(List<String> accounts, String court, String notes) {
        return new DemandDetails("contoso", DemandType.SUBPOENA,
                new IssuingAuthority("DOJ", "US", court, null, null, null),
                Set.of(DataCategory.SUBSCRIBER, DataCategory.NON_CONTENT), accounts, RECEIVED, null, false, notes);
    }

    @Test
    void the_same_content_has_the_same_fingerprint_whatever_the_order_of_accounts() {
        assertThat(details(List.of("a", "b"), "court", null).fingerprint())
                .isEqualTo(details(List.of("b", "a"), "court", null).fingerprint());
    }

    @Test
    void a_changed_value_changes_the_fingerprint() {
        assertThat(details(List.of("a"), "court", null).fingerprint())
                .isNotEqualTo(details(List.of("a"), "court", "a note").fingerprint());
    }

    @Test
    void an_absent_value_differs_from_any_text_and_values_cannot_shift_between_fields() {
        assertThat(details(List.of("a"), null, null).fingerprint())
                .isNotEqualTo(details(List.of("a"), "~", null).fingerprint());
        assertThat(details(List.of("a"), "x", null).fingerprint())
                .isNotEqualTo(details(List.of("a"), null, "x").fingerprint());
    }

    @Test
    void a_demand_recognises_a_resubmission_of_the_same_content() {
        Demand demand = Demand.record("s1", new Ticket("t", "r"), details(List.of("a"), "c", null), RECEIVED);
        assertThat(demand.hasSameContentAs(details(List.of("a"), "c", null))).isTrue();
        assertThat(demand.hasSameContentAs(details(List.of("a", "b"), "c", null))).isFalse();
    }
}
