package org.demandflow.review.cases.web;

import java.time.Instant;
import java.util.List;
import org.demandflow.review.cases.DecisionKind;
import org.demandflow.review.cases.DelayedNotice;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.HistoryEntry;
import org.demandflow.review.cases.ProposalReceipt;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCaseSnapshot;
import org.demandflow.review.cases.SecrecyOrder;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.challenge.Challenge;
import org.demandflow.review.response.AgencyAnswer;
import org.demandflow.review.response.DemandResponse;
import org.demandflow.review.response.Disposition;
import org.demandflow.review.response.ResponseEntry;
import org.demandflow.review.response.ResponseStage;
import org.demandflow.review.response.Verification;

/**
 * A review case as the API shows it: current status and version, orders, challenges and full history, and the
 * response track beside it (or {@code null} for a case opened without one).
 */
public record CaseView(String demandId, String customerId, SecrecyStatus status, int version,
                       List<String> permittedRecipients, DelayedNotice delayedNotice, Instant openedAt,
                       DemandView demand, List<SecrecyOrder> orders, List<Challenge> challenges,
                       List<HistoryEntry> history, ResponseSummary response) {

    static CaseView of(ReviewCase reviewCase, ResponseSummary response) {
        ReviewCaseSnapshot s = reviewCase.snapshot();
        return new CaseView(s.demand().demandId().toString(), s.demand().customerId(), s.published().status(),
                s.version(), s.published().permittedRecipients(), s.published().delayedNotice(), s.openedAt(),
                DemandView.of(s.demand()),
                s.orders(), s.challenges(), s.history(), response);
    }

    /**
     * The response track of the case: where it stands, how the requester was checked, and every version.
     *
     * @param requesterFlag why the requester's e-mail is not of the named agency, or {@code null}
     */
    public record ResponseSummary(ResponseStage stage, Disposition disposition, AgencyAnswer agencyAnswer,
                                  Verification requesterVerification, int version, String requesterFlag,
                                  boolean letterWithheld, List<ResponseEntry> history) {

        static ResponseSummary of(DemandResponse r, String requesterFlag) {
            return new ResponseSummary(r.stage(), r.disposition(), r.agencyAnswer(), r.verification(), r.version(),
                    requesterFlag, r.hasWithheldLetter(), r.history());
        }
    }

    /** One line of the case list. */
    public record Summary(String demandId, String customerId, SecrecyStatus status, int version, Instant openedAt) {

        static Summary of(ReviewCase reviewCase) {
            ReviewCaseSnapshot s = reviewCase.snapshot();
            return new Summary(s.demand().demandId().toString(), s.demand().customerId(), s.published().status(),
                    s.version(), s.openedAt());
        }
    }

    /** What the review knows of the demand, as the API shows it. */
    public record DemandView(String demandId, String customerId, String demandType, Instant receivedAt,
                             Instant responseDueAt, boolean nondisclosureIndicated) {

        static DemandView of(DemandFacts demand) {
            return new DemandView(demand.demandId().toString(), demand.customerId(), demand.demandType(),
                    demand.receivedAt(), demand.responseDueAt(), demand.nondisclosureIndicated());
        }
    }

    /** The answer to a recorded order: its id, and the case's status after it. */
    public record OrderRecorded(String orderId, SecrecyStatus status, int version) {
    }

    /** The answer to a filed challenge: its id, and the case's status. */
    public record ChallengeFiled(String challengeId, SecrecyStatus status, int version) {
    }

    /**
     * The answer to a decision held for a second reviewer (safety rule 10): the pending proposal, bound to the case
     * version it was made on; nothing changed yet.
     */
    public record Proposal(String proposalId, DecisionKind kind, String demandId, String subjectId, int caseVersion,
                           String proposedBy, String reason, Instant proposedAt, String state) {

        static Proposal of(ProposalReceipt p) {
            return new Proposal(p.proposalId(), p.kind(), p.demandId(), p.subjectId(), p.caseVersion(),
                    p.proposedBy(), p.reason(), p.proposedAt(), "PENDING");
        }
    }
}
