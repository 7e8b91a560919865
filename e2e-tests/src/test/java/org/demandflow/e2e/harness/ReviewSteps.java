package org.demandflow.e2e.harness;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.RestClient.Answer;
import org.demandflow.e2e.support.ReviewApi;
import tools.jackson.databind.JsonNode;

/**
 * The reviewer's decisions as retryable steps: each answers true when done, false to be tried again
 * (the case is not open yet, the service is restarting). A decision whose answer was lost in a crash
 * is found again by reading the case back, so a retry never records a second order.
 */
final class ReviewSteps {

    private final ReviewApi reviewer;

    ReviewSteps(ReviewApi reviewer) {
        this.reviewer = reviewer;
    }

    boolean noSecrecyOrder(Trial trial) {
        return settled(reviewer.noSecrecyOrder(trial.demandId), trial);
    }

    boolean recordOrder(Trial trial) {
        Optional<JsonNode> recorded = order(trial);
        if (recorded.isPresent()) {
            trial.orderId = recorded.get().path("orderId").asString();
            JsonNode end = recorded.get().path("expiresAt");
            trial.expiresAt = end.isString() ? Instant.parse(end.asString()) : null;
            return true;
        }
        boolean carveOut = trial.scenario == Scenario.CARVE_OUT;
        Answer answer = reviewer.recordOrder(trial.demandId, trial.docket, carveOut ? "EXECUTIVE_ONLY" : "FULL",
                carveOut ? List.of(Demands.ciso(trial.customerId), Demands.cfo(trial.customerId)) : List.of(),
                trial.expiresAt);
        return answer.status() == 201 ? remember(trial, answer) : settled(answer, trial);
    }

    /** Extends the order; whether the extension took is read back from the case. */
    boolean extend(Trial trial, Instant newEnd) {
        Answer answer = reviewer.extend(trial.demandId, trial.orderId, newEnd);
        if (answer.status() >= 500) {
            return false;
        }
        Optional<JsonNode> order = order(trial);
        if (order.isPresent() && Instant.parse(order.get().path("expiresAt").asString()).equals(newEnd)) {
            trial.extendedTo = newEnd;
        }
        return order.isPresent();
    }

    boolean lift(Trial trial) {
        Answer answer = reviewer.lift(trial.demandId, trial.orderId);
        if (answer.status() >= 500) {
            return false;
        }
        Optional<JsonNode> order = order(trial);
        trial.lifted = order.isPresent() && "LIFTED".equals(order.get().path("state").asString());
        return order.isPresent();
    }

    private boolean remember(Trial trial, Answer answer) {
        JsonNode body = answer.json();
        trial.orderId = (body.has("orderId") ? body.get("orderId") : body.get("id")).asString();
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

    private Optional<JsonNode> order(Trial trial) {
        Answer answer = reviewer.show(trial.demandId);
        if (answer.status() != 200) {
            return Optional.empty();
        }
        for (JsonNode order : answer.json().path("orders")) {
            if (trial.docket.equals(order.path("docketNumber").asString())) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
