package org.demandflow.review.cases;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Normalises e-mail recipients: trimmed, lower-cased, distinct and sorted, so equal sets compare equal. */
public final class Recipients {

    private Recipients() {
    }

    /** The normalised, immutable form of the given addresses ({@code null} reads as none). */
    public static List<String> normalise(Collection<String> emails) {
        if (emails == null) {
            return List.of();
        }
        return emails.stream()
                .filter(e -> e != null && !e.isBlank())
                .map(e -> e.trim().toLowerCase(Locale.ROOT))
                .distinct()
                .sorted()
                .toList();
    }
}
