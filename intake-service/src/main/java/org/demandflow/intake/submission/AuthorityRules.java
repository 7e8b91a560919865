package org.demandflow.intake.submission;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.demandflow.intake.demand.IssuingAuthority;
import org.demandflow.intake.submission.Submission.Authority;

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

    IssuingAuthority check(Authority authority, Checks checks) {
        if (!checks.present("issuingAuthority", authority)) {
            return null;
        }
        String agency = checks.requiredText("issuingAuthority.agency", authority.agency(), SubmissionValidator.NAME_LENGTH);
        String country = country(authority.country(), checks);
        checks.optionalText("issuingAuthority.court", authority.court(), SubmissionValidator.NAME_LENGTH);
        checks.optionalText("issuingAuthority.docketNumber", authority.docketNumber(), SubmissionValidator.ID_LENGTH);
        checks.optionalText("issuingAuthority.requesterName", authority.requesterName(),
                SubmissionValidator.NAME_LENGTH);
        email(authority.requesterEmail(), checks);
        return agency == null || country == null ? null : new IssuingAuthority(agency, country, authority.court(),
                authority.docketNumber(), authority.requesterName(), authority.requesterEmail());
    }

    private String country(String country, Checks checks) {
        if (!checks.present("issuingAuthority.country", country)) {
            return null;
        }
        if (!COUNTRIES.contains(country)) {
            checks.reject("issuingAuthority.country", ReasonCode.INVALID_COUNTRY,
                    "must be an ISO 3166-1 alpha-2 code in upper case, such as US or DE");
            return null;
        }
        return country;
    }

    private void email(String email, Checks checks) {
        String field = "issuingAuthority.requesterEmail";
        String text = checks.optionalText(field, email, EMAIL_LENGTH);
        if (text != null && !EMAIL.matcher(text).matches()) {
            checks.reject(field, ReasonCode.INVALID_EMAIL, "must be a well-formed e-mail address");
        }
    }
}
