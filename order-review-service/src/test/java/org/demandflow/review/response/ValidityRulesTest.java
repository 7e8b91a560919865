package org.demandflow.review.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.review.response.Responses.RULES;
import static org.demandflow.review.response.Responses.demand;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidityRulesTest {

    private static List<String> codes(ResponseDemand demand) {
        return RULES.check(demand).reasons().stream().map(Validity.Reason::code).toList();
    }

    @Test
    void a_search_warrant_for_content_naming_an_account_in_the_us_is_valid() {
        assertThat(RULES.check(demand("SEARCH_WARRANT", List.of("CONTENT"), 1, "US", null)).isValid()).isTrue();
    }

    @Test
    void a_subpoena_is_no_lawful_basis_for_content() {
        assertThat(codes(demand("SUBPOENA", List.of("CONTENT"), 1, "US", null))).containsExactly("NO_LAWFUL_BASIS");
    }

    @Test
    void a_subpoena_is_a_lawful_basis_for_subscriber_and_non_content_data() {
        assertThat(codes(demand("SUBPOENA", List.of("SUBSCRIBER", "NON_CONTENT"), 1, "US", null))).isEmpty();
    }

    @Test
    void a_national_security_letter_is_no_lawful_basis_for_content() {
        assertThat(codes(demand("NATIONAL_SECURITY_LETTER", List.of("CONTENT"), 1, "US", null)))
                .containsExactly("NO_LAWFUL_BASIS");
    }

    @Test
    void a_preservation_request_is_no_lawful_basis_for_any_disclosure() {
        assertThat(codes(demand("PRESERVATION_REQUEST", List.of("SUBSCRIBER"), 1, "US", null)))
                .containsExactly("NO_LAWFUL_BASIS");
    }

    @Test
    void an_emergency_request_is_a_lawful_basis_for_content() {
        assertThat(codes(demand("EMERGENCY_REQUEST", List.of("CONTENT"), 1, "US", null))).isEmpty();
    }

    @Test
    void a_demand_naming_no_account_fails() {
        assertThat(codes(demand("SEARCH_WARRANT", List.of("CONTENT"), 0, "US", null)))
                .containsExactly("NO_NAMED_ACCOUNT");
    }

    @Test
    void a_demand_from_an_unsupported_country_fails_unless_it_is_a_foreign_order() {
        assertThat(codes(demand("SEARCH_WARRANT", List.of("CONTENT"), 1, "DE", null)))
                .containsExactly("UNSUPPORTED_JURISDICTION");
        assertThat(codes(demand("FOREIGN_ORDER", List.of("CONTENT"), 1, "DE", null))).isEmpty();
    }

    @Test
    void the_supported_countries_are_configurable() {
        ValidityRules rules = new ValidityRules(Set.of("US", "DE"));

        assertThat(rules.check(demand("COURT_ORDER", List.of("NON_CONTENT"), 1, "DE", null)).isValid()).isTrue();
    }
}
