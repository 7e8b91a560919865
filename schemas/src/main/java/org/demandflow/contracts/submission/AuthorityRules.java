package org.demandflow.contracts.submission;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the issuing authority: agency required, country an ISO 3166-1 alpha-2 code (as the
 * JDK lists them in {@link Locale#getISOCountries()}), optional texts trimmed and bounded, the
 * requester's e-mail address well formed.
 */
final class AuthorityRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * A deliberately simple e-mail rule (hand-written; Jakarta's check would pull a validator
     * into the domain): a dot-atom local part of the RFC 5322 characters, '@', and a domain of at
     * least two DNS labels, letters, digits and inner hyphens, at most 254 characters in all.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private static final int EMAIL_LENGTH = 254;

    void check(Submission.Authority authority, Checks checks) {
        if (!checks.present("issuingAuthority", authority)) {
            return;
        }
        checks.requiredText("issuingAuthority.agency", authority.agency(), SubmissionRules.NAME_LENGTH);
        country(authority.country(), checks);
        checks.optionalText("issuingAuthority.court", authority.court(), SubmissionRules.NAME_LENGTH);
        checks.optionalText("issuingAuthority.docketNumber", authority.docketNumber(), SubmissionRules.ID_LENGTH);
        checks.optionalText("issuingAuthority.requesterName", authority.requesterName(),
                SubmissionRules.NAME_LENGTH);
        email(authority.requesterEmail(), checks);
    }

    private void country(String country, Checks checks) {
        if (checks.present("issuingAuthority.country", country) && !COUNTRIES.contains(country)) {
            checks.reject("issuingAuthority.country", ReasonCode.INVALID_COUNTRY,
                    "must be an ISO 3166-1 alpha-2 code in upper case, such as US or DE");
        }
    }

    private void email(String email, Checks checks) {
        String field = "issuingAuthority.requesterEmail";
        String text = checks.optionalText(field, email, EMAIL_LENGTH);
        if (text != null && !EMAIL.matcher(text).matches()) {
            checks.reject(field, ReasonCode.INVALID_EMAIL, "must be a well-formed e-mail address");
        }
    }
}
