package org.demandflow.review.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyTest {

    private final Agency fbi = new Agency("fbi", "FBI", "US", List.of("@FBI.gov"), List.of("+1 (202) 324-3000"),
            "reviewer", Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void an_email_of_one_of_its_domains_or_their_subdomains_belongs_to_the_agency() {
        assertThat(fbi.ownsEmail("Agent@fbi.gov")).isTrue();
        assertThat(fbi.ownsEmail("agent@ic.fbi.gov")).isTrue();
    }

    @Test
    void an_email_of_a_lookalike_domain_does_not_belong_to_the_agency() {
        assertThat(fbi.ownsEmail("agent@fbi.gov.example.com")).isFalse();
        assertThat(fbi.ownsEmail("agent@notfbi.gov")).isFalse();
    }

    @Test
    void a_callback_number_is_known_whatever_its_punctuation() {
        assertThat(fbi.knowsNumber("+1 202 324 3000")).isTrue();
        assertThat(fbi.knowsNumber("+1 202 324 3001")).isFalse();
    }

    @Test
    void a_demand_names_the_agency_by_its_name_or_its_id_case_aside() {
        assertThat(fbi.isNamed("fbi")).isTrue();
        assertThat(fbi.isNamed("Federal Bureau")).isFalse();
    }
}
