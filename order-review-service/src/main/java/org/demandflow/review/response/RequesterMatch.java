package org.demandflow.review.response;

import java.util.Optional;
import org.demandflow.review.agency.Agency;

/**
 * Whether the requester's e-mail belongs to the agency the demand names: flagged when the agency is unknown to the
 * directory or the e-mail's domain is none of its domains. A demand without requester e-mail is not flagged here
 * (it is listed for its withheld letters instead).
 */
public final class RequesterMatch {

    private RequesterMatch() {
    }

    /** Why the requester does not match the named agency, or empty when it does (or there is no e-mail). */
    public static Optional<String> flagOf(ResponseDemand demand, Optional<Agency> agency) {
        if (!demand.hasRequesterEmail()) {
            return Optional.empty();
        }
        if (agency.isEmpty()) {
            return Optional.of("agency " + demand.agency() + " is not in the agency directory");
        }
        if (!agency.get().ownsEmail(demand.requesterEmail())) {
            return Optional.of("the requester's e-mail domain is none of agency " + demand.agency() + "'s "
                    + agency.get().emailDomains());
        }
        return Optional.empty();
    }
}
