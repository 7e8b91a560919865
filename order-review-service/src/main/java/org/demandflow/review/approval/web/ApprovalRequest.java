package org.demandflow.review.approval.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's answer to a proposal.
 *
 * @param note why (recorded in the case's history), or {@code null}
 */
record ApprovalRequest(@NotNull Verdict decision, @Size(max = 2000) String note) {

    /** Approve (the decision takes effect) or reject (nothing changes). */
    enum Verdict {
        APPROVE,
        REJECT
    }
}
