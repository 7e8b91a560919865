package org.demandflow.review.response;

import java.util.Optional;
import org.demandflow.review.agency.Agency;

/**
 * When a requester check cannot be recorded or confirmed: a check is VERIFIED or FAILED; a CALLBACK names a
 * number of the named agency's in the directory; a KNOWN_DOMAIN verification needs the requester's e-mail to be of
 * one of that agency's domains; a confirmation is of an unconfirmed VERIFIED check, by someone else than its
 * recorder (four eyes).
 */
final class CheckRules {

    private CheckRules() {
    }

    static Optional<ResponseResult> refusalOf(CheckRequest request, ResponseDemand demand, Optional<Agency> agency) {
        if (request.result() == Verification.UNVERIFIED) {
            return Optional.of(ResponseResult.invalid("a check's result is VERIFIED or FAILED"));
        }
        String named = "agency " + demand.agency();
        if (request.method() == CheckMethod.CALLBACK) {
            if (agency.isEmpty()) {
                return conflict(named + " is not in the agency directory: no callback number can be checked");
            }
            if (!agency.get().knowsNumber(request.callbackNumber())) {
                return conflict("the callback number is not one of " + named + "'s in the agency directory");
            }
        }
        if (request.method() == CheckMethod.KNOWN_DOMAIN && request.result() == Verification.VERIFIED
                && !agency.map(a -> a.ownsEmail(demand.requesterEmail())).orElse(false)) {
            return conflict("the requester's e-mail is not of a domain of " + named + " in the agency directory");
        }
        return Optional.empty();
    }

    static Optional<ResponseResult> refusalOfConfirmation(RequesterCheck check, String actor) {
        if (check.result() != Verification.VERIFIED) {
            return conflict("check " + check.checkId() + " is " + check.result() + "; only a VERIFIED check is "
                    + "confirmed");
        }
        if (check.confirmedBy() != null) {
            return conflict("check " + check.checkId() + " was confirmed by " + check.confirmedBy() + " already");
        }
        if (check.recordedBy().equals(actor)) {
            return conflict("check " + check.checkId() + " was recorded by " + actor
                    + "; a second reviewer must confirm it");
        }
        return Optional.empty();
    }

    private static Optional<ResponseResult> conflict(String detail) {
        return Optional.of(ResponseResult.conflict(detail));
    }
}
