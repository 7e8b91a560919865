package org.demandflow.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandflow.support.domain.Refusal;
import org.junit.jupiter.api.Test;

/** How a refusal of the model reads on a console form. */
class FormErrorsTest {

    @Test
    void a_violation_of_a_listed_address_stands_next_to_the_list_field() {
        Refusal refusal = Refusal.invalid("bad", List.of(new Refusal.Violation("permittedRecipients[1]",
                "INVALID_EMAIL", "needs one @")));

        FormErrors errors = FormErrors.of(refusal, Map.of());

        assertThat(errors.of("permittedRecipients")).containsExactly("needs one @");
        assertThat(errors.general()).isEmpty();
    }

    @Test
    void a_violation_of_an_api_field_is_shown_on_the_form_field_it_was_entered_in() {
        Refusal refusal = Refusal.invalid("bad", List.of(new Refusal.Violation("expiresAt", "OUT_OF_RANGE",
                "too late")));

        FormErrors errors = FormErrors.of(refusal, Map.of("expiresAt", "expiresOn"));

        assertThat(errors.has("expiresOn")).isTrue();
        assertThat(errors.has("expiresAt")).isFalse();
    }

    @Test
    void a_refusal_without_fields_is_shown_above_the_form() {
        FormErrors errors = FormErrors.of(Refusal.conflict("cannot lift order o-1: it is EXPIRED"), Map.of());

        assertThat(errors.general()).containsExactly("cannot lift order o-1: it is EXPIRED");
        assertThat(errors.isEmpty()).isFalse();
    }

    @Test
    void a_message_for_a_field_the_form_does_not_show_moves_above_the_form() {
        FormErrors errors = FormErrors.none().add("issuedAt", "required").add("court", "too long")
                .shownOn(Set.of("court"));

        assertThat(errors.general()).containsExactly("required");
        assertThat(errors.of("court")).containsExactly("too long");
    }
}
