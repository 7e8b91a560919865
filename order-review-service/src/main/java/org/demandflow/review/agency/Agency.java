package org.demandflow.review.agency;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A known agency of the directory: the e-mail domains its requesters write from and the callback numbers a
 * reviewer may call to verify a requester (numbers compared by their digits and a leading {@code +} only).
 *
 * @param agencyId the directory's id, e.g. {@code fbi}
 * @param name the agency as demands name it (compared without regard to case)
 * @param country ISO 3166-1 alpha-2
 * @param emailDomains lower-cased domains, without {@code @}
 * @param callbackNumbers verified telephone numbers
 * @param updatedBy who last wrote the entry
 */
public record Agency(String agencyId, String name, String country, List<String> emailDomains,
                     List<String> callbackNumbers, String updatedBy, Instant updatedAt) {

    public Agency {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        emailDomains = emailDomains.stream().map(Agency::domainOf).distinct().sorted().toList();
        callbackNumbers = callbackNumbers.stream().map(Agency::digitsOf).distinct().sorted().toList();
    }

    /** Whether a demand naming {@code agency} names this one (by its name or its id, case aside). */
    public boolean isNamed(String agency) {
        return agency != null && (name.equalsIgnoreCase(agency.strip()) || agencyId.equalsIgnoreCase(agency.strip()));
    }

    /** Whether {@code email} is written from one of this agency's domains (or a sub-domain of one). */
    public boolean ownsEmail(String email) {
        if (email == null || !email.contains("@")) {
            return false;
        }
        String domain = domainOf(email.substring(email.lastIndexOf('@') + 1));
        return emailDomains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }

    /** Whether {@code number} is one of the verified callback numbers. */
    public boolean knowsNumber(String number) {
        return number != null && !digitsOf(number).isEmpty() && callbackNumbers.contains(digitsOf(number));
    }

    private static String domainOf(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        return d.startsWith("@") ? d.substring(1) : d;
    }

    private static String digitsOf(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        return number.strip().startsWith("+") ? "+" + digits : digits;
    }
}
