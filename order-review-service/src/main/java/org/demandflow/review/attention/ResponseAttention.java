package org.demandflow.review.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.demandflow.review.agency.Agency;
import org.demandflow.review.response.DemandResponse;
import org.demandflow.review.response.RequesterCheck;
import org.demandflow.review.response.RequesterMatch;
import org.demandflow.review.response.ResponseEntry;
import org.demandflow.review.response.ResponseStage;
import org.demandflow.review.response.Verification;

/**
 * Finds what a demand's response needs from a reviewer: a letter withheld for want of a requester e-mail, a
 * requester whose e-mail is not of the named agency (while the response is open), a failed requester check.
 */
public final class ResponseAttention {

    private ResponseAttention() {
    }

    /** The items of one response, given the directory's entry of the agency it names, if any. */
    public static List<AttentionItem> itemsOf(DemandResponse r, Optional<Agency> agency) {
        List<AttentionItem> items = new ArrayList<>();
        r.history().stream().filter(ResponseEntry::letterWithheld).reduce((first, last) -> last).ifPresent(e ->
                items.add(new AttentionItem(r.demand().demandId(), null, AttentionKind.NO_REQUESTER_EMAIL,
                        "a " + (e.disposition() == null ? "redirect" : "rejection") + " letter is due (response "
                                + "version " + e.version() + ") but the demand names no requester e-mail: "
                                + "reach the agency another way", e.at())));
        if (r.stage() != ResponseStage.CLOSED) {
            RequesterMatch.flagOf(r.demand(), agency).ifPresent(reason -> items.add(new AttentionItem(
                    r.demand().demandId(), null, AttentionKind.REQUESTER_NOT_OF_AGENCY, reason, r.openedAt())));
        }
        r.checks().stream().filter(c -> c.result() == Verification.FAILED).map(RequesterCheck::recordedAt)
                .findFirst().ifPresent(at -> items.add(new AttentionItem(r.demand().demandId(), null,
                        AttentionKind.REQUESTER_VERIFICATION_FAILED, "a check of the requester FAILED: the "
                                + "response closed REJECTED; a requester posing as an agency may try again", at)));
        return items;
    }
}
