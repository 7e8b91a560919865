package org.demandflow.review.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.demandflow.review.challenge.ChallengeDeadline;
import org.demandflow.review.challenge.ChallengeLevel;
import org.demandflow.review.challenge.ChallengeOutcome;
import org.demandflow.review.challenge.MatterType;

import org.demandflow.review.response.AgencyAnswer;
import org.demandflow.review.response.DemandResponse;
import org.demandflow.review.response.Disposition;
import org.demandflow.review.response.ResponseEntry;
import org.demandflow.review.response.ResponseStage;
import org.demandflow.review.response.Verification;


/**
 * A review case as the API shows it: current status and version, orders, challenges (with their objection or appeal
 * deadlines) and full history, and the response track beside it (or {@code null} for a case opened without one).
 */
public record CaseView(String demandId, String customerId, SecrecyStatus status, int version,
                       List<String> permittedRecipients, DelayedNotice delayedNotice, Instant openedAt,
                       DemandView demand, List<SecrecyOrder> orders, List<ChallengeView> challenges,
                       List<HistoryEntry> history, ResponseSummary response) {

    static CaseView of(ReviewCase reviewCase, ResponseSummary response) {
        ReviewCaseSnapshot s = reviewCase.snapshot();
        return new CaseView(s.demand().demandId().toString(), s.demand().customerId(), s.published().status(),
                s.version(), s.published().permittedRecipients(), s.published().delayedNotice(), s.openedAt(),
                DemandView.of(s.demand()),
                s.orders(), ChallengeView.of(s.challenges()), s.history(), response);
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

    /**
     * A challenge as the API shows it: the challenge with its court and level, and for a DENIED one not yet
     * appealed, the deadline to take it one court higher.
     *
     * @param deadline the objection or appeal deadline, or {@code null}
     */
    public record ChallengeView(String challengeId, String orderId, String grounds, Instant filedAt, String filedBy,
                                ChallengeOutcome outcome, Instant decidedAt, String decidedBy, String note,
                                String forum, ChallengeLevel level, MatterType matter, String appealOf,
                                LocalDate decidedOn, ChallengeDeadline deadline) {

        static List<ChallengeView> of(List<Challenge> challenges) {
            Map<String, ChallengeDeadline> deadlines = ChallengeDeadline.open(challenges).stream()
                    .collect(Collectors.toMap(ChallengeDeadline::challengeId, d -> d));
            return challenges.stream().map(c -> new ChallengeView(c.challengeId(), c.orderId(), c.grounds(),
                    c.filedAt(), c.filedBy(), c.outcome(), c.decidedAt(), c.decidedBy(), c.note(), c.forum(),
                    c.level(), c.matter(), c.appealOf(), c.decidedOn(), deadlines.get(c.challengeId()))).toList();
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
