package org.demandflow.review.attention.application;

import java.time.Duration;
import org.demandflow.review.attention.AttentionThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the attention list (see {@link AttentionThresholds}); the defaults follow DESIGN.md.
 *
 * @param pendingReviewLongerThan how long a case may wait for its first decision
 */
@ConfigurationProperties("demandflow.review.attention")
public record AttentionProperties(@DefaultValue("7d") Duration expiringWithin,
                                  @DefaultValue("2d") Duration pendingReviewLongerThan,
                                  @DefaultValue("30d") Duration statutoryReviewLeadTime,
                                  @DefaultValue("365d") Duration maximumOrderLength,
                                  @DefaultValue("90d") Duration delayedNoticeStep,
                                  @DefaultValue("1095d") Duration nslReviewAfter) {

    AttentionThresholds thresholds() {
        return new AttentionThresholds(expiringWithin, pendingReviewLongerThan, statutoryReviewLeadTime,
                maximumOrderLength, delayedNoticeStep, nslReviewAfter);
    }
}
