package org.demandflow.review.attention.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.demandflow.review.agency.Agencies;
import org.demandflow.review.approval.ProposalState;
import org.demandflow.review.approval.Proposals;
import org.demandflow.review.attention.AttentionItem;
import org.demandflow.review.attention.AttentionRules;
import org.demandflow.review.attention.ResponseAttention;
import org.demandflow.review.cases.ReviewCases;
import org.demandflow.review.response.DemandResponses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the attention list from the open cases, the pending proposals (safety rule 10) and the responses that
 * need a reviewer (withheld letters, requesters not of their agency, failed checks), the most urgent
 * (earliest date) first.
 */
@Service
public class AttentionList {

    private final ReviewCases cases;
    private final Proposals proposals;
    private final DemandResponses responses;
    private final Agencies agencies;
    private final AttentionRules rules;
    private final Clock clock;

    AttentionList(ReviewCases cases, Proposals proposals, DemandResponses responses, Agencies agencies,
                  AttentionProperties properties, Clock clock) {
        this.cases = cases;
        this.proposals = proposals;
        this.responses = responses;
        this.agencies = agencies;
        this.rules = new AttentionRules(properties.thresholds());
        this.clock = clock;
    }

    /** Every item of every open case now, every proposal that waits for a second reviewer, every response's. */
    @Transactional(readOnly = true)
    public List<AttentionItem> items() {
        Instant now = clock.instant();
        Stream<AttentionItem> ofCases = cases.findOpen().stream().flatMap(c -> rules.itemsOf(c.snapshot(), now)
                .stream());
        Stream<AttentionItem> pending = proposals.findBy(ProposalState.PENDING, null).stream()
                .map(AttentionItem::pendingProposal);
        Stream<AttentionItem> ofResponses = responses.findNoteworthy().stream().flatMap(r -> ResponseAttention
                .itemsOf(r, agencies.findNamed(r.demand().agency())).stream());
        return Stream.of(ofCases, pending, ofResponses).flatMap(s -> s)
                .sorted(Comparator.comparing(AttentionItem::dueAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }
}
