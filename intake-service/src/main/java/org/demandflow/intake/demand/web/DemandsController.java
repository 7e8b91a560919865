package org.demandflow.intake.demand.web;

import java.util.UUID;
import org.demandflow.intake.demand.DemandView;
import org.demandflow.intake.demand.application.CustomerDemands;
import org.demandflow.intake.demand.application.DemandCatalog;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/demands}: operators, reviewers and auditors read one demand, or a
 * customer's demands in pages of at most 200, newest received first.
 */
@RestController
@RequestMapping("/api/v1/demands")
class DemandsController {

    private static final int MAX_PAGE_SIZE = 200;

    private final DemandCatalog catalog;

    DemandsController(DemandCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/{demandId}")
    @PreAuthorize("hasAnyRole('OPERATOR', 'REVIEWER', 'AUDITOR')")
    ResponseEntity<?> demand(@PathVariable UUID demandId) {
        return catalog.find(new DemandId(demandId))
                .<ResponseEntity<?>>map(demand -> ResponseEntity.ok(DemandView.of(demand)))
                .orElseGet(() -> Problems.of(Refusal.notFound("No demand " + demandId)));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OPERATOR', 'REVIEWER', 'AUDITOR')")
    DemandPage demandsOf(@RequestParam String customerId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        page = Math.max(0, page);
        size = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        CustomerDemands found = catalog.ofCustomer(customerId, page, size);
        return new DemandPage(found.demands().stream().map(DemandView::of).toList(), page, size, found.total(),
                (found.total() + size - 1) / size);
    }
}
