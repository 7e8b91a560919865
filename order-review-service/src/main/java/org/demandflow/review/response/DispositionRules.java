package org.demandflow.review.response;

import java.util.List;
import java.util.Optional;

/**
 * When a disposition (recorded or corrected) is refused: only production review's dispositions are recorded;
 * a rejection names its reason; content is disclosed only if the demand asks for it; nothing is disclosed to a
 * requester whose verification FAILED; an {@code EMERGENCY_REQUEST} is disclosed only after a VERIFIED check a
 * second reviewer confirmed.
 */
final class DispositionRules {

    private DispositionRules() {
    }

    static Optional<ResponseResult> refusalOf(ResponseDemand demand, List<RequesterCheck> checks,
                                              Disposition disposition, String reason) {
        if (!Disposition.OF_PRODUCTION_REVIEW.contains(disposition)) {
            return Optional.of(ResponseResult.invalid(disposition + " is no disposition of production review; one of "
                    + Disposition.OF_PRODUCTION_REVIEW.stream().sorted().toList()));
        }
        if (disposition == Disposition.REJECTED && (reason == null || reason.isBlank())) {
            return Optional.of(ResponseResult.invalid("a rejection needs a reason"));
        }
        if (!disposition.isDisclosure()) {
            return Optional.empty();
        }
        if (disposition == Disposition.DISCLOSED_CONTENT && !demand.dataCategories().contains("CONTENT")) {
            return conflict("the demand asks for no CONTENT data: it cannot be closed DISCLOSED_CONTENT");
        }
        if (!checks.isEmpty() && checks.get(checks.size() - 1).result() == Verification.FAILED) {
            return conflict("the requester's verification FAILED: nothing is disclosed to them");
        }
        if (demand.isEmergency() && checks.stream().noneMatch(RequesterCheck::isConfirmedVerified)) {
            return conflict("an EMERGENCY_REQUEST is closed " + disposition + " only after a VERIFIED requester "
                    + "check confirmed by a second reviewer; " + (checks.stream().anyMatch(c -> c.result()
                    == Verification.VERIFIED) ? "its VERIFIED check awaits a second reviewer's confirmation"
                    : "no VERIFIED check is recorded"));
        }
        return Optional.empty();
    }

    /** The letter a disposition asks for: a rejection letter for REJECTED, none otherwise. */
    static LetterKind letterOf(Disposition disposition) {
        return disposition == Disposition.REJECTED ? LetterKind.REJECTION : null;
    }

    private static Optional<ResponseResult> conflict(String detail) {
        return Optional.of(ResponseResult.conflict(detail));
    }
}
