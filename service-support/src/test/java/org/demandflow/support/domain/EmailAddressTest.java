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

    @Test
    void a_plain_ascii_address_is_acceptable_even_with_surrounding_blanks() {
        assertThat(EmailAddress.problemOf(" CFO@Contoso.com ")).isEmpty();
        assertThat(EmailAddress.isAcceptable("first.o'neil+legal@mail.contoso-corp.example")).isTrue();
    }

    @Test
    void an_address_with_a_line_break_or_any_control_character_is_refused() {
        assertThat(EmailAddress.problemOf("cfo@contoso.com\r\nBcc: spy@evil.example")).hasValueSatisfying(
                reason -> assertThat(reason).contains("control character").contains("U+000D"));
        assertThat(EmailAddress.isAcceptable("cfo@contoso.com\n")).isFalse();
        assertThat(EmailAddress.isAcceptable("cfo@contoso.com\t")).isFalse();
        assertThat(EmailAddress.isAcceptable("cfo\u0000@contoso.com")).isFalse();
        assertThat(EmailAddress.isAcceptable("cfo@contoso.com\u007f")).isFalse();
    }

    @Test
    void an_address_with_a_cyrillic_homoglyph_is_refused_as_not_ascii() {
        assertThat(EmailAddress.problemOf("cfo@cont\u043eso.com")).hasValueSatisfying(
                reason -> assertThat(reason).contains("ASCII only").contains("U+043E"));
        assertThat(EmailAddress.isAcceptable("\u0441fo@contoso.com")).isFalse();
    }

    @Test
    void an_address_without_one_at_or_with_a_bad_local_part_or_domain_is_refused() {
        assertThat(EmailAddress.problemOf(" ")).isPresent();
        assertThat(EmailAddress.problemOf(null)).isPresent();
        assertThat(EmailAddress.problemOf("not-an-email")).isPresent();
        assertThat(EmailAddress.problemOf("a@b@contoso.com")).isPresent();
        assertThat(EmailAddress.problemOf("cfo @contoso.com")).isPresent();
        assertThat(EmailAddress.problemOf("cfo..x@contoso.com")).isPresent();
        assertThat(EmailAddress.problemOf("cfo@-contoso.com")).isPresent();
        assertThat(EmailAddress.problemOf("cfo@contoso..com")).isPresent();
        assertThat(EmailAddress.problemOf("x".repeat(65) + "@contoso.com")).isPresent();
        assertThat(EmailAddress.problemOf("x@" + "a.".repeat(130) + "com")).hasValueSatisfying(
                reason -> assertThat(reason).contains("at most 254"));
    }
}
