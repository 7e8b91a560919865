package org.demandflow.review.challenge;

import java.util.List;
import org.demandflow.support.domain.EmailAddress;

/**
 * What a granted challenge does to its order: lift it, narrow it to named executives, or nothing.
 *
 * @param narrowTo the executives the order must let the provider tell; empty for no narrowing
 */
public record ChallengeRelief(boolean lift, List<String> narrowTo) {

    public ChallengeRelief {
        narrowTo = EmailAddress.normaliseAll(narrowTo);
    }

    /** A decision that changes no order. */
    public static ChallengeRelief none() {
        return new ChallengeRelief(false, List.of());
    }

    /** Whether the decision changes the order at all. */
    public boolean changesOrder() {
        return lift || !narrowTo.isEmpty();
    }
}
