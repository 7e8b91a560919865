package org.demandflow.support.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address in its one normal form: trimmed and lower-cased ({@link Locale#ROOT}), so two
 * spellings of one address are equal. This is the only place the rule is written. What a caller may
 * send is a second rule, {@link #problemOf(String)}: ASCII only (no internationalised addresses, so
 * no homoglyph such as a Cyrillic 'а' can pass for a Latin 'a'), no control character (CR/LF could
 * inject mail headers), one {@code @}, a dot-atom local part and a host name of letters, digits and
 * hyphens. The constructor does not apply it (stored data is read as it is); a service applies it to
 * what it takes in.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) implements Comparable<EmailAddress> {

    /** The longest address accepted (RFC 5321's path limit less the brackets). */
    public static final int MAX_LENGTH = 254;

    private static final Pattern LOCAL_PART =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern HOST = Pattern.compile(LABEL + "(\\." + LABEL + ")*");

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

    /**
     * Why a caller's text is not an acceptable address, or empty when it is. Surrounding blanks are
     * allowed (they are trimmed); a control character anywhere (CR, LF, TAB, NUL, DEL, …) is not, nor
     * is any character outside printable ASCII.
     */
    public static Optional<String> problemOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("an e-mail address must not be blank");
        }
        Optional<String> character = text.chars().filter(c -> c < 0x20 || c > 0x7E).findFirst()
                .stream().mapToObj(EmailAddress::characterProblem).findFirst();
        if (character.isPresent()) {
            return character;
        }
        return shapeProblem(text.strip());
    }

    /** Whether a caller's text is an acceptable address ({@link #problemOf(String)} finds nothing). */
    public static boolean isAcceptable(String text) {
        return problemOf(text).isEmpty();
    }

    private static String characterProblem(int c) {
        String code = String.format("U+%04X", c);
        return c < 0x20 || c == 0x7F
                ? "an e-mail address must not contain a control character (" + code + ", e.g. CR or LF)"
                : "an e-mail address must be ASCII only; it contains " + code
                        + " (internationalised addresses are not accepted: they let look-alike letters pass)";
    }

    private static Optional<String> shapeProblem(String address) {
        int at = address.lastIndexOf('@');
        if (address.length() > MAX_LENGTH) {
            return Optional.of("an e-mail address must have at most " + MAX_LENGTH + " characters");
        }
        if (at <= 0 || at != address.indexOf('@') || at == address.length() - 1) {
            return Optional.of("an e-mail address needs exactly one @ between a local part and a domain");
        }
        if (at > 64 || !LOCAL_PART.matcher(address.substring(0, at)).matches()) {
            return Optional.of("the local part of an e-mail address must be a dot-atom of at most 64 characters");
        }
        if (!HOST.matcher(address.substring(at + 1)).matches()) {
            return Optional.of("the domain of an e-mail address must be a host name of letters, digits and hyphens");
        }
        return Optional.empty();
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
