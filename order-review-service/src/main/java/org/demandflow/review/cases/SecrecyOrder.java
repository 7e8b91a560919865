package org.demandflow.review.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.demandflow.support.domain.EmailAddress;

/**
 * A secrecy order of a review case as it stands now (its current end, scope and recipients),
 * with its extensions. Immutable: each transition returns the changed order.
 *
 * @param expiresAt the effective end (safety rule 11), or {@code null} when the order has none
 * @param expiresOn the date the court named as the end, with {@code timeZone}; {@code null} when it named an
 *                  instant (then {@code expiresAt} is that instant)
 * @param timeZone the court's IANA zone of {@code expiresOn}, or {@code null}
 * @param endedAt when the order stopped binding (its expiry, or the lift), {@code null} while active
 * @param endReason why it was lifted, or {@code null}
 * @param version the last version of the order's {@code SecrecyOrderChanged} (0: none published yet)
 */
public record SecrecyOrder(String orderId, OrderAuthority authority, String court, String docketNumber,
                           Instant issuedAt, Instant expiresAt, LocalDate expiresOn, String timeZone,
                           OrderScope scope, List<String> permittedRecipients, String exceptionalCircumstances,
                           List<Extension> extensions, OrderState state, Instant endedAt, String endReason,
                           int version) {

    public SecrecyOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(state, "state");
        permittedRecipients = EmailAddress.normaliseAll(permittedRecipients);
        extensions = List.copyOf(extensions);
    }

    /** A newly recorded, active order; its terms' end must be valid. */
    public static SecrecyOrder recorded(String orderId, OrderTerms terms) {
        OrderEnd end = terms.end().toEnd();
        return new SecrecyOrder(orderId, terms.authority(), terms.court(), terms.docketNumber(), terms.issuedAt(),
                end == null ? null : end.endsAt(), end == null ? null : end.expiresOn(),
                end == null ? null : end.timeZone(), terms.scope(), terms.permittedRecipients(),
                terms.exceptionalCircumstances(), List.of(), OrderState.ACTIVE, null, null, 0);
    }

    public boolean isActive() {
        return state.isActive();
    }

    /** The end as the court stated it, or {@code null} when the order has none. */
    public OrderEnd end() {
        return expiresAt == null ? null : new OrderEnd(expiresAt, expiresOn, timeZone);
    }

    /**
     * Whether the order is active and may be released by {@code now}: its end plus the safety {@code margin}
     * has come (safety rule 11; the margin covers clocks and the court's own reading of "end").
     */
    public boolean isDueAt(Instant now, Duration margin) {
        return isActive() && expiresAt != null && !expiresAt.plus(margin).isAfter(now);
    }

    SecrecyOrder extendedTo(OrderEnd newEnd, Instant at, String actor) {
        List<Extension> more = new ArrayList<>(extensions);
        more.add(new Extension(expiresAt, newEnd.endsAt(), newEnd.expiresOn(), newEnd.timeZone(), at, actor));
        return new SecrecyOrder(orderId, authority, court, docketNumber, issuedAt, newEnd.endsAt(),
                newEnd.expiresOn(), newEnd.timeZone(), scope, permittedRecipients, exceptionalCircumstances, more,
                state, endedAt, endReason, version);
    }

    SecrecyOrder narrowedTo(List<String> recipients) {
        return new SecrecyOrder(orderId, authority, court, docketNumber, issuedAt, expiresAt, expiresOn, timeZone,
                OrderScope.EXECUTIVE_ONLY, recipients, exceptionalCircumstances, extensions, state, endedAt, endReason,
                version);
    }

    SecrecyOrder lifted(Instant at, String reason) {
        return ended(OrderState.LIFTED, at, reason);
    }

    SecrecyOrder expired() {
        return ended(OrderState.EXPIRED, expiresAt, null);
    }

    private SecrecyOrder ended(OrderState end, Instant at, String reason) {
        return new SecrecyOrder(orderId, authority, court, docketNumber, issuedAt, expiresAt, expiresOn, timeZone,
                scope, permittedRecipients, exceptionalCircumstances, extensions, end, at, reason, version);
    }

    SecrecyOrder atVersion(int published) {
        return new SecrecyOrder(orderId, authority, court, docketNumber, issuedAt, expiresAt, expiresOn, timeZone,
                scope, permittedRecipients, exceptionalCircumstances, extensions, state, endedAt, endReason,
                published);
    }

    /** What the customer's notice must state about this order once it ended. */
    public DelayedNotice delayedNotice() {
        return new DelayedNotice(authority, court, docketNumber, issuedAt, endedAt);
    }

    /** The longest single period the order was granted: its first term or its longest extension. */
    public Duration longestStep() {
        Instant firstEnd = extensions.isEmpty() ? expiresAt : extensions.get(0).previousExpiresAt();
        Stream<Duration> first = firstEnd == null ? Stream.empty() : Stream.of(Duration.between(issuedAt, firstEnd));
        return Stream.concat(first, extensions.stream().map(Extension::step))
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }
}
