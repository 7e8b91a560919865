package org.demandflow.review.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.demandflow.support.domain.EmailAddress;

/**
 * A secrecy order as a reviewer records it.
 *
 * @param expiresAt the end of the order, or {@code null} when it has none
 * @param permittedRecipients the executives an EXECUTIVE_ONLY order lets the provider tell
 * @param exceptionalCircumstances why an order may run longer than a year, or {@code null}
 */
public record OrderTerms(OrderAuthority authority, String court, String docketNumber, Instant issuedAt,
                         Instant expiresAt, OrderScope scope, List<String> permittedRecipients,
                         String exceptionalCircumstances) {

    public OrderTerms {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(scope, "scope");
        permittedRecipients = EmailAddress.normaliseAll(permittedRecipients);
    }
}
