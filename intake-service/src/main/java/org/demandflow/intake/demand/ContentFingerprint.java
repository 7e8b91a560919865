package org.demandflow.intake.demand;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A SHA-256 hash of a demand's canonical business content, to tell a harmless resubmission
 * of a ticket from a conflicting one. The canonical form is hand-written (no library defines
 * one for this record): every field in declaration order, each value length-prefixed, an
 * absent value as {@code ~}, data categories and account identifiers sorted and counted,
 * instants as epoch milliseconds.
 */
public record ContentFingerprint(String hex) {

    public ContentFingerprint {
        Objects.requireNonNull(hex, "hex");
    }

    static ContentFingerprint of(DemandDetails details) {
        IssuingAuthority authority = details.issuingAuthority();
        StringBuilder canonical = new StringBuilder();
        append(canonical, details.customerId(), details.demandType(), authority.agency(), authority.country(),
                authority.court(), authority.docketNumber(), authority.requesterName(), authority.requesterEmail());
        appendSorted(canonical, details.dataCategories().stream().map(Enum::name).toList());
        appendSorted(canonical, details.accountIdentifiers());
        append(canonical, millis(details.receivedAt()), millis(details.responseDueAt()),
                details.nondisclosureIndicated(), details.notes());
        return new ContentFingerprint(sha256(canonical.toString()));
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static void appendSorted(StringBuilder out, List<String> values) {
        append(out, values.size());
        append(out, values.stream().sorted().toArray());
    }

    private static void append(StringBuilder out, Object... values) {
        Arrays.stream(values).forEach(value -> {
            if (value == null) {
                out.append("~;");
            } else {
                String text = value.toString();
                out.append(text.length()).append(':').append(text).append(';');
            }
        });
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
