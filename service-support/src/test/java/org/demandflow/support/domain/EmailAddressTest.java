package org.demandflow.support.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void an_address_is_trimmed_and_lower_cased() {
        assertThat(EmailAddress.of("  Jane.Doe@Contoso.EXAMPLE ").value()).isEqualTo("jane.doe@contoso.example");
        assertThat(EmailAddress.normalise(" A@B ")).isEqualTo("a@b");
    }

    @Test
    void lower_casing_ignores_the_default_locale() {
        assertThat(EmailAddress.of("INFO@CONTOSO.EXAMPLE").value()).isEqualTo("info@contoso.example");
    }

    @Test
    void two_spellings_of_one_address_are_equal() {
        assertThat(EmailAddress.of("Ceo@Contoso.example")).isEqualTo(EmailAddress.of("ceo@contoso.example "));
        assertThat(EmailAddress.of("ceo@contoso.example").matches(" CEO@contoso.example")).isTrue();
        assertThat(EmailAddress.of("ceo@contoso.example").matches(null)).isFalse();
    }

    @Test
    void a_blank_address_is_refused() {
        assertThatThrownBy(() -> EmailAddress.of("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmailAddress.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_collection_normalises_to_distinct_sorted_addresses_without_blanks() {
        List<String> normalised = EmailAddress.normaliseAll(
                Arrays.asList("b@x.example", " B@X.example", null, " ", "a@x.example"));

        assertThat(normalised).containsExactly("a@x.example", "b@x.example");
        assertThat(EmailAddress.allOf(List.of("B@x.example"))).containsExactly(EmailAddress.of("b@x.example"));
    }

    @Test
    void no_collection_normalises_to_an_empty_immutable_list() {
        assertThat(EmailAddress.normaliseAll(null)).isEmpty();
        assertThatThrownBy(() -> EmailAddress.normaliseAll(List.of("a@b")).add("c@d"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
