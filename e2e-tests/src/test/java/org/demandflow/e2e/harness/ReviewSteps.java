package org.demandflow.e2e.harness;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.FourEyes;
import org.demandflow.e2e.support.RestClient.Answer;
import org.demandflow.e2e.support.ReviewApi;
import tools.jackson.databind.JsonNode;

/**
 * The reviewers' decisions as retryable steps: each answers true when done, false to be tried again
 * (the case is not open yet, the service is restarting). A decision whose answer was lost in a crash
 * is found again by reading the case back, so a retry never records a second order; a decision that
 * needs a second reviewer is approved by {@code reviewer2}, and a proposal whose answer was lost is found
 * among the pending ones and approved, so a retry never proposes twice.
 */
final class ReviewSteps {

    private final ReviewApi reviewer;
    private final FourEyes fourEyes;

    ReviewSteps(ReviewApi reviewer, FourEyes fourEyes) {
        this.reviewer = reviewer;
        this.fourEyes = fourEyes;
    }

    boolean noSecrecyOrder(Trial trial) {
        if (fourEyes.approvePending(trial.demandId) > 0) {
            return true;
        }
        Optional<Answer> answer = approved(reviewer.noSecrecyOrder(trial.demandId));
        return answer.isPresent() && settled(answer.get(), trial);
    }

    /** The trial's (first) order: FULL, or EXECUTIVE_ONLY naming the CISO (and the CFO in CARVE_OUT). */
    boolean recordOrder(Trial trial) {
        List<String> named = switch (trial.scenario) {
            case CARVE_OUT -> List.of(Demands.ciso(trial.customerId), Demands.cfo(trial.customerId));
            case OVERLAPPING_CARVE_OUT -> List.of(Demands.ciso(trial.customerId));
            default -> List.of();
        };
        return recordOrder(trial, trial.docket, named);
    }

    /** The second order of an OVERLAPPING_CARVE_OUT: EXECUTIVE_ONLY naming the CISO and the CFO. */
    boolean recordSecondOrder(Trial trial) {
        return recordOrder(trial, trial.secondDocket(),
                List.of(Demands.ciso(trial.customerId), Demands.cfo(trial.customerId)));
    }

    private boolean recordOrder(Trial trial, String docket, List<String> named) {
        fourEyes.approvePending(trial.demandId);
        Optional<JsonNode> recorded = order(trial, docket);
        if (recorded.isPresent()) {
            if (docket.equals(trial.docket)) {
                trial.orderId = recorded.get().path("orderId").asString();
                JsonNode end = recorded.get().path("expiresAt");
                trial.expiresAt = end.isString() ? Instant.parse(end.asString()) : null;
            }
            return true;
        }
        Optional<Answer> approved = approved(reviewer.recordOrder(trial.demandId, docket,
                named.isEmpty() ? "FULL" : "EXECUTIVE_ONLY", named, trial.expiresAt));
        if (approved.isEmpty()) {
            return false;
        }
        Answer answer = approved.get();
        if (answer.status() < 300) {
            // read back: an approved proposal answers with the approval, not the order
            return order(trial, docket).map(order -> remember(trial, docket, order)).orElse(false);
        }
        return settled(answer, trial);
    }

    /** Extends the order; whether the extension took is read back from the case. */
    boolean extend(Trial trial, Instant newEnd) {
        fourEyes.approvePending(trial.demandId);
        Optional<Answer> answer = approved(reviewer.extend(trial.demandId, trial.orderId, newEnd));
        if (answer.isEmpty() || answer.get().status() >= 500) {
            return false;
        }
        Optional<JsonNode> order = order(trial, trial.docket);
        if (order.isPresent() && Instant.parse(order.get().path("expiresAt").asString()).equals(newEnd)) {
            trial.extendedTo = newEnd;
        }
        return order.isPresent();
    }

    boolean lift(Trial trial) {
        fourEyes.approvePending(trial.demandId);
        Optional<Answer> answer = approved(reviewer.lift(trial.demandId, trial.orderId));
        if (answer.isEmpty() || answer.get().status() >= 500) {
            return false;
        }
        Optional<JsonNode> order = order(trial, trial.docket);
        trial.lifted = order.isPresent() && "LIFTED".equals(order.get().path("state").asString());
        return order.isPresent() && (trial.lifted || answer.get().status() < 300);
    }

    /**
     * The decision's answer, or for a proposal the second reviewer's approval; empty when the approval was refused
     * (stale, e.g. the order's planned end passed while the service was slow or down), so the step is tried again
     * from the start: it finds no pending proposal and proposes anew.
     */
    private Optional<Answer> approved(Answer answer) {
        if (answer.status() != 202) {
            return Optional.of(answer);
        }
        Answer approval = fourEyes.decided(answer);
        return approval.status() < 300 ? Optional.of(approval) : Optional.empty();
    }

    private static boolean remember(Trial trial, String docket, JsonNode order) {
        if (docket.equals(trial.docket)) {
            trial.orderId = order.path("orderId").asString();
        }
        return true;
    }

    /** 2xx and 409 (already decided, e.g. before a crash lost the answer) are done; 404 (not open yet) and 5xx not. */
    private static boolean settled(Answer answer, Trial trial) {
        if (answer.status() < 300 || answer.status() == 409) {
            return true;
        }
        if (answer.status() == 404 || answer.status() >= 500) {
            return false;
        }
        trial.problem = "review API answered " + answer.status() + ": " + answer.body();
        return true;
    }

    private Optional<JsonNode> order(Trial trial, String docket) {
        Answer answer = reviewer.show(trial.demandId);
        if (answer.status() != 200) {
            return Optional.empty();
        }
        for (JsonNode order : answer.json().path("orders")) {
            if (docket.equals(order.path("docketNumber").asString())) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
