package org.demandflow.notification.directory.web;

import org.demandflow.notification.directory.application.ExecutiveDirectory;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/customers/{customerId}/executives}: the customer's directory as last received. */
@RestController
@RequestMapping("/api/v1/customers")
public class ExecutivesController {

    private final ExecutiveDirectory directory;

    public ExecutivesController(ExecutiveDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/{customerId}/executives")
    @PreAuthorize("hasAnyRole('AUDITOR', 'OPERATOR')")
    public ResponseEntity<?> executives(@PathVariable String customerId) {
        return directory.of(customerId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.of(Refusal.notFound("no executive directory for customer " + customerId)));
    }
}
