package org.demandflow.review.response.web;

import java.time.Instant;
import java.util.List;
import org.demandflow.review.response.AgencyAnswer;
import org.demandflow.review.response.DemandResponse;
import org.demandflow.review.response.Disposition;
import org.demandflow.review.response.RequesterCheck;
import org.demandflow.review.response.ResponseEntry;
import org.demandflow.review.response.ResponseStage;
import org.demandflow.review.response.Validity;
import org.demandflow.review.response.Verification;

/**
 * A demand's response as the API shows it: stage, disposition, verification, the requester flag (the e-mail's
 * domain is not the named agency's, or the agency is unknown), the checks and every version.
 *
 * @param requesterFlag why the requester does not match the named agency, or {@code null}
 */
public record ResponseView(String demandId, int version, ResponseStage stage, Disposition disposition,
                           AgencyAnswer agencyAnswer, Verification requesterVerification, String agency,
                           String requesterEmail, int accountsSpecified, String requesterFlag,
                           boolean letterWithheld, List<RequesterCheck> checks, List<ResponseEntry> history) {

    static ResponseView of(DemandResponse r, String requesterFlag) {
        return new ResponseView(r.demand().demandId().toString(), r.version(), r.stage(), r.disposition(),
                r.agencyAnswer(), r.verification(), r.demand().agency(), r.demand().requesterEmail(),
                r.demand().accountsSpecified(), requesterFlag, r.hasWithheldLetter(), r.checks(), r.history());
    }

    /** The answer of the validity checks: valid, or every reason it fails. */
    public record ValidityView(boolean valid, List<Validity.Reason> reasons) {

        static ValidityView of(Validity validity) {
            return new ValidityView(validity.isValid(), validity.reasons());
        }
    }

    /** The answer to a recorded check: its id and the response after it. */
    public record CheckRecorded(String checkId, ResponseStage stage, Verification requesterVerification,
                                int version, Instant recordedAt) {
    }
}
