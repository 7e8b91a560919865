package org.demandflow.e2e.support;

import java.util.Map;
import org.demandflow.e2e.support.RestClient.Answer;
import tools.jackson.databind.JsonNode;

/**
 * The second pair of eyes (safety rule 10): {@code reviewer2} approves what {@code reviewer} proposed. A decision
 * that lets someone be told earlier answers {@code 202} with a proposal; it takes effect only once approved.
 */
public final class FourEyes {

    private final RestClient approvals;

    public FourEyes(ServiceProcess review) {
        this.approvals = new RestClient(review.url() + "/api/v1/approvals", "reviewer2");
    }

    /** The decision's answer if it took effect at once; for a proposal ({@code 202}), the approval's answer. */
    public Answer decided(Answer decision) {
        if (decision.status() != 202) {
            return decision;
        }
        return approve(decision.json().path("proposalId").asString());
    }

    /** Approves every pending proposal on the demand (found again after a crash lost an answer); answers how many. */
    public int approvePending(String demandId) {
        Answer pending = approvals.get("?state=PENDING&demandId=" + demandId);
        if (pending.status() != 200) {
            throw new IllegalStateException("GET /approvals answered " + pending.status());
        }
        int approved = 0;
        for (JsonNode proposal : pending.json()) {
            if (approve(proposal.path("proposalId").asString()).status() < 300) {
                approved++;
            }
        }
        return approved;
    }

    public Answer approve(String proposalId) {
        return approvals.post("/" + proposalId, Map.of("decision", "APPROVE", "note", "second reviewer agrees"));
    }

    public Answer reject(String proposalId) {
        return approvals.post("/" + proposalId, Map.of("decision", "REJECT", "note", "second reviewer disagrees"));
    }
}
