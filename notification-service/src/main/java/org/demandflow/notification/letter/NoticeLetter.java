package org.demandflow.notification.letter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of one notice mail, independent of its format.
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

    /** One labelled statement of a notice. */
    public record Fact(String label, String value) {
    }
}
