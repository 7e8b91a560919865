package org.demandflow.notification.gate.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.demandflow.notification.gate.IntegrityIncident;
import org.demandflow.notification.gate.application.IntegrityGuard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/integrity-incidents} (auditor or operator): the status records found not genuine
 * (DESIGN.md rule 8), newest first. Each closed its demand's gate, and it stays closed.
 */
@RestController
@RequestMapping("/api/v1/integrity-incidents")
public class IntegrityIncidentsController {

    private final IntegrityGuard integrity;

    public IntegrityIncidentsController(IntegrityGuard integrity) {
        this.integrity = integrity;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AUDITOR', 'OPERATOR')")
    @Operation(summary = "Status records found not genuine; each demand listed stays closed",
            description = "kind: VERSION_CONFLICT (another value for a version seen), CUSTOMER_MISMATCH (the "
                    + "status names another customer than the demand), KEY_MISMATCH (record key missing or not "
                    + "the value's demandId; both demands are listed). No permission reopens a listed demand.")
    public List<IncidentView> incidents() {
        return integrity.incidents().stream().map(IncidentView::of).toList();
    }

    /** An incident as the API shows it: ids, version, kind and time, no personal data. */
    public record IncidentView(String demandId, int version, String kind, Instant detectedAt) {

        static IncidentView of(IntegrityIncident incident) {
            return new IncidentView(incident.demandId().toString(), incident.version(), incident.kind().name(),
                    incident.detectedAt());
        }
    }
}
