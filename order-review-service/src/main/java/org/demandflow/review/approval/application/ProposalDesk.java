package org.demandflow.review.approval.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.demandflow.review.approval.FourEyes;
import org.demandflow.review.approval.Proposal;
import org.demandflow.review.approval.Proposals;
import org.demandflow.review.cases.Decision;
import org.demandflow.review.cases.ProposalReceipt;
import org.demandflow.review.cases.ReviewCaseSnapshot;
import org.demandflow.review.cases.SecondReview;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second review as the cases ask for it: judges a change by {@link FourEyes} and stores a held decision as a
 * proposal, in the transaction of the command that made it (which holds the case's lock).
 */
@Service
class ProposalDesk implements SecondReview {

    private final Proposals proposals;

    ProposalDesk(Proposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public Optional<String> reasonToHold(ReviewCaseSnapshot before, ReviewCaseSnapshot after, Instant now) {
        return FourEyes.reasonToHold(before, after, now);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public ProposalReceipt hold(Decision decision, String reason, int caseVersion, Instant now) {
        Proposal proposal = Proposal.made(UUID.randomUUID().toString(), decision, reason, caseVersion, now);
        proposals.add(proposal);
        return proposal.receipt();
    }
}
