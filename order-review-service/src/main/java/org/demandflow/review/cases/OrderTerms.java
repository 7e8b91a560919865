package org.demandflow.review.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.demandflow.support.domain.EmailAddress;

/**
 * A secrecy order as a reviewer records it.
 *
 * @param end the end as the reviewer stated it (safety rule 11); {@link StatedEnd#isEmpty() empty} when the
 *            order has none
 * @param permittedRecipients the executives an EXECUTIVE_ONLY order lets the provider tell
 * @param exceptionalCircumstances why an order may run longer than a year, or {@code null}
 */
public record OrderTerms(OrderAuthority authority, String court, String docketNumber, Instant issuedAt,
                         StatedEnd end, OrderScope scope, List<String> permittedRecipients,
                         String exceptionalCircumstances) {

    public OrderTerms {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(scope, "scope");
        end = end == null ? StatedEnd.at(null) : end;
        permittedRecipients = EmailAddress.normaliseAll(permittedRecipients);
    }

    /** Terms whose end is an instant, or none for {@code null}. */
    public OrderTerms(OrderAuthority authority, String court, String docketNumber, Instant issuedAt,
                      Instant expiresAt, OrderScope scope, List<String> permittedRecipients,
                      String exceptionalCircumstances) {
        this(authority, court, docketNumber, issuedAt, StatedEnd.at(expiresAt), scope, permittedRecipients,
                exceptionalCircumstances);
    }

    /** Terms whose end is the end of a date in the court's zone. */
    public OrderTerms withEndOn(LocalDate expiresOn, String timeZone) {
        return new OrderTerms(authority, court, docketNumber, issuedAt, new StatedEnd(null, expiresOn, timeZone),
                scope, permittedRecipients, exceptionalCircumstances);
    }
}
