package org.demandflow.review.approval;

import java.util.List;
import java.util.Optional;

/** The stored proposals. */
public interface Proposals {

    /** Stores a new proposal. */
    void add(Proposal proposal);

    /** A proposal, locked for change until the surrounding transaction ends. */
    Optional<Proposal> lockForChange(String proposalId);

    /** A proposal, for reading. */
    Optional<Proposal> find(String proposalId);

    /** Stores the decided state of a proposal obtained from {@link #lockForChange}. */
    void update(Proposal proposal);

    /** The proposals in a state and on a demand (each {@code null}: any), oldest first. */
    List<Proposal> findBy(ProposalState state, String demandId);
}
