package org.demandflow.notification.letter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of one letter (a customer's notice, or a letter to the agency), independent of its format.
 *
 * @param warning the confidentiality warning of an executive-only notice, else null
 * @param facts   labelled statements, in order
 */
public record NoticeLetter(String subject, String warning, String opening, List<Fact> facts, String closing) {

    public NoticeLetter {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(closing, "closing");
        facts = List.copyOf(facts);
    }

    public Optional<String> confidentialityWarning() {
        return Optional.ofNullable(warning);
    }

    /** The letter as plain text: the warning, the opening, one line per fact, the closing. */
    public String asText() {
        StringBuilder text = new StringBuilder();
        confidentialityWarning().ifPresent(text::append);
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(opening).append("\n\n");
        facts.forEach(fact -> text.append(fact.label()).append(": ").append(fact.value()).append('\n'));
        return text.append('\n').append(closing).append('\n').toString();
    }

    /** One labelled statement of a notice. */
    public record Fact(String label, String value) {
    }
}
