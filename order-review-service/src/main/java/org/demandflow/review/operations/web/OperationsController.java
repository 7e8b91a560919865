package org.demandflow.review.operations.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import org.demandflow.review.operations.Republication;
import org.demandflow.review.operations.application.StatusRepublisher;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator commands. {@code POST /status-republications} re-publishes a demand's status versions
 * {@code fromVersion..latest} unchanged through the outbox: {@code 202} with how many were queued; {@code 404}
 * for a demand without published statuses (or a text that is no demand id), {@code 422} for a
 * {@code fromVersion} outside {@code 1..latest}, {@code 409} when a version's values were not kept.
 */
@RestController
@RequestMapping("/api/v1/operations")
class OperationsController {

    static final String OPERATES = "hasRole('OPERATOR')";

    private final StatusRepublisher republisher;

    OperationsController(StatusRepublisher republisher) {
        this.republisher = republisher;
    }

    @PostMapping("/status-republications")
    @PreAuthorize(OPERATES)
    ResponseEntity<?> republish(@Valid @RequestBody RepublicationRequest body, Principal operator) {
        DemandId demandId;
        try {
            demandId = DemandId.parse(body.demandId());
        } catch (IllegalArgumentException notAnId) {
            return Problems.of(Refusal.notFound("no status was published for demand " + body.demandId()));
        }
        Republication outcome = republisher.republish(demandId, body.fromVersion(), operator.getName());
        if (outcome instanceof Republication.Refused refused) {
            return Problems.of(refused.refusal());
        }
        Republication.Queued queued = (Republication.Queued) outcome;
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new RepublicationQueued(queued.demandId().toString(),
                queued.fromVersion(), queued.toVersion(), queued.versions().size()));
    }

    /** Re-publish the demand's versions from {@code fromVersion} to its latest. */
    record RepublicationRequest(@NotBlank String demandId, @NotNull Integer fromVersion) {
    }

    /** What was handed to the outbox: versions {@code fromVersion..toVersion}, {@code queued} of them. */
    record RepublicationQueued(String demandId, int fromVersion, int toVersion, int queued) {
    }
}
