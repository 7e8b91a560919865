package org.demandflow.review.attention;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.cases.HistoryEntry;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCaseSnapshot;
import org.demandflow.review.cases.SecrecyOrder;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.challenge.ChallengeDeadline;
import org.demandflow.support.domain.DemandId;

/**
 * Finds what needs a reviewer: challenge candidates (no end date; longer than a year without exceptional
 * circumstances, after DOJ's policy of 19 Oct 2017; § 2705(a) delays over 90 days), orders ending soon, NSL
 * review anniversaries, overdue responses, cases pending review too long, and ends at exactly midnight UTC
 * whose court date and zone are to be confirmed (safety rule 11), and the objection or appeal deadline of each denied
 * challenge not yet appealed. Each item says why.
 */
public final class AttentionRules {

    private final AttentionThresholds limits;

    public AttentionRules(AttentionThresholds limits) {
        this.limits = limits;
    }

    /** The items of one case at {@code now}. */
    public List<AttentionItem> itemsOf(ReviewCaseSnapshot c, Instant now) {
        List<AttentionItem> items = new ArrayList<>();
        DemandId id = c.demand().demandId();
        if (c.published().status() == SecrecyStatus.PENDING_REVIEW) {
            pendingItems(c, now, items);
        }
        c.orders().stream().filter(SecrecyOrder::isActive).forEach(o -> orderItems(id, o, now, items));
        deadlineItems(c, items);
        restoreItem(c, items);
        return items;
    }

    /** A case restored from a backup until a reviewer decides on it again (a proposal does not count). */
    private static void restoreItem(ReviewCaseSnapshot c, List<AttentionItem> items) {
        List<HistoryEntry> history = c.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            if (entry.action() == CaseAction.RESTORED_FROM_TOPIC) {
                items.add(new AttentionItem(c.demand().demandId(), null, AttentionKind.DECIDE_AGAIN_AFTER_RESTORE,
                        entry.detail(), entry.at()));
                return;
            }
            if (!entry.action().isProposalStep() && !ReviewCase.SYSTEM.equals(entry.actor())) {
                return;
            }
        }
    }

    /** The objection or appeal deadline of every denied, not yet appealed challenge of an active order. */
    private static void deadlineItems(ReviewCaseSnapshot c, List<AttentionItem> items) {
        List<String> active = c.orders().stream().filter(SecrecyOrder::isActive).map(SecrecyOrder::orderId).toList();
        ChallengeDeadline.open(c.challenges()).stream().filter(d -> active.contains(d.orderId()))
                .forEach(d -> items.add(new AttentionItem(c.demand().demandId(), d.orderId(),
                        AttentionKind.CHALLENGE_DEADLINE, reasonOf(d),
                        d.dueOn() == null ? null : d.dueOn().atStartOfDay(ZoneOffset.UTC).toInstant())));
    }

    private static String reasonOf(ChallengeDeadline d) {
        String denied = "challenge " + d.challengeId() + " was denied on " + d.decidedOn();
        return d.dueOn() == null ? denied + "; " + d.rule()
                : denied + ": " + d.step() + " due " + d.dueOn() + " (" + d.rule() + ")";
    }

    private void pendingItems(ReviewCaseSnapshot c, Instant now, List<AttentionItem> items) {
        DemandId id = c.demand().demandId();
        Instant due = c.demand().responseDueAt();
        if (due != null && due.isBefore(now)) {
            items.add(new AttentionItem(id, null, AttentionKind.RESPONSE_OVERDUE,
                    "the response was due at " + due + " and the review is still pending", due));
        }
        Instant tooLong = c.openedAt().plus(limits.pendingReviewLongerThan());
        if (tooLong.isBefore(now)) {
            items.add(new AttentionItem(id, null, AttentionKind.PENDING_REVIEW_TOO_LONG,
                    "pending review since " + c.openedAt() + ", longer than " + limits.pendingReviewLongerThan(),
                    tooLong));
        }
    }

    private void orderItems(DemandId id, SecrecyOrder o, Instant now, List<AttentionItem> items) {
        challengeReasons(o).forEach(reason -> items.add(
                new AttentionItem(id, o.orderId(), AttentionKind.CHALLENGE_CANDIDATE, reason, o.expiresAt())));
        if (o.expiresAt() != null && o.expiresAt().isBefore(now.plus(limits.expiringWithin()))) {
            items.add(new AttentionItem(id, o.orderId(), AttentionKind.EXPIRING_SOON,
                    "the order ends at " + o.expiresAt(), o.expiresAt()));
        }
        if (o.end() != null && o.end().isInstantAtUtcMidnight()) {
            items.add(new AttentionItem(id, o.orderId(), AttentionKind.END_AT_UTC_MIDNIGHT,
                    "the order ends at exactly midnight UTC (" + o.expiresAt() + "): confirm the court's date and"
                            + " time zone by re-stating the end as expiresOn and timeZone (an extension)",
                    o.expiresAt()));
        }
        Instant review = o.issuedAt().plus(limits.nslReviewAfter());
        if (o.authority() == OrderAuthority.NSL_2709 && review.isBefore(now.plus(limits.statutoryReviewLeadTime()))) {
            items.add(new AttentionItem(id, o.orderId(), AttentionKind.STATUTORY_REVIEW_DUE,
                    "the FBI must re-review the need for secrecy at the NSL's 3-year anniversary " + review, review));
        }
    }

    private List<String> challengeReasons(SecrecyOrder o) {
        List<String> reasons = new ArrayList<>();
        if (o.expiresAt() == null) {
            reasons.add("the order has no end date");
        } else if (Duration.between(o.issuedAt(), o.expiresAt()).compareTo(limits.maximumOrderLength()) > 0
                && (o.exceptionalCircumstances() == null || o.exceptionalCircumstances().isBlank())) {
            reasons.add("the order runs longer than one year without recorded exceptional circumstances");
        }
        if (o.authority() == OrderAuthority.USC_2705A && o.longestStep().compareTo(limits.delayedNoticeStep()) > 0) {
            reasons.add("a § 2705(a) delay of notice longer than 90 days");
        }
        return reasons;
    }
}
