package org.demandflow.support.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address in its one normal form: trimmed and lower-cased ({@link Locale#ROOT}), so two
 * spellings of one address are equal. This is the only place the rule is written; the address is
 * not otherwise checked (the web layer validates what callers send).
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) implements Comparable<EmailAddress> {

    public EmailAddress {
        value = normalise(value);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an e-mail address must not be blank");
        }
    }

    /** The address of that text, normalised. */
    public static EmailAddress of(String text) {
        return new EmailAddress(text);
    }

    /** The normal form of an address: trimmed, lower-cased with {@link Locale#ROOT}. */
    public static String normalise(String text) {
        return Objects.requireNonNull(text, "e-mail address").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The normal forms of the given addresses, blanks dropped, each once, sorted, immutable; a
     * {@code null} collection reads as none. Equal sets of addresses give equal lists.
     */
    public static List<String> normaliseAll(Collection<String> texts) {
        return allOf(texts).stream().map(EmailAddress::value).toList();
    }

    /** Like {@link #normaliseAll(Collection)}, as addresses. */
    public static List<EmailAddress> allOf(Collection<String> texts) {
        if (texts == null) {
            return List.of();
        }
        return texts.stream()
                .filter(text -> text != null && !text.isBlank())
                .map(EmailAddress::new)
                .distinct()
                .sorted()
                .toList();
    }

    /** Whether the text is this address, spelled in any case or with surrounding blanks. */
    public boolean matches(String text) {
        return text != null && value.equals(normalise(text));
    }

    @Override
    public int compareTo(EmailAddress other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
