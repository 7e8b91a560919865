package org.demandflow.review.attention;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of the attention list.
 *
 * @param expiringWithin orders ending within this are listed
 * @param pendingReviewLongerThan cases pending review longer than this are listed
 * @param statutoryReviewLeadTime statutory review dates are listed this long before they fall due
 * @param maximumOrderLength orders longer than this without exceptional circumstances are challenge candidates
 * @param delayedNoticeStep the longest § 2705(a) delay (first period or extension)
 * @param nslReviewAfter the NSL re-review anniversary, counted from the order's issue
 */
public record AttentionThresholds(Duration expiringWithin, Duration pendingReviewLongerThan,
                                  Duration statutoryReviewLeadTime, Duration maximumOrderLength,
                                  Duration delayedNoticeStep, Duration nslReviewAfter) {

    public AttentionThresholds {
        Objects.requireNonNull(expiringWithin, "expiringWithin");
        Objects.requireNonNull(pendingReviewLongerThan, "pendingReviewLongerThan");
        Objects.requireNonNull(statutoryReviewLeadTime, "statutoryReviewLeadTime");
        Objects.requireNonNull(maximumOrderLength, "maximumOrderLength");
        Objects.requireNonNull(delayedNoticeStep, "delayedNoticeStep");
        Objects.requireNonNull(nslReviewAfter, "nslReviewAfter");
    }
}
