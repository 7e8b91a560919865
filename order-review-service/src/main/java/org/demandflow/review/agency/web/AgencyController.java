package org.demandflow.review.agency.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.demandflow.review.agency.Agency;
import org.demandflow.review.agency.application.AgencyDirectory;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The agency directory: known agencies, their e-mail domains and verified callback numbers. */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyController {

    static final String READS = "hasAnyRole('REVIEWER', 'AUDITOR')";
    static final String WRITES = "hasRole('REVIEWER')";

    private final AgencyDirectory directory;

    AgencyController(AgencyDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(READS)
    @Operation(summary = "Every known agency")
    List<Agency> list() {
        return directory.findAll();
    }

    @GetMapping("/{agencyId}")
    @PreAuthorize(READS)
    @Operation(summary = "One known agency (404 if unknown)")
    ResponseEntity<Object> show(@PathVariable String agencyId) {
        return directory.find(agencyId).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(Refusal.notFound("no agency " + agencyId + " in the directory")));
    }

    @PutMapping("/{agencyId}")
    @PreAuthorize(WRITES)
    @Operation(summary = "Adds or replaces a known agency: its name, country, e-mail domains and callback numbers")
    ResponseEntity<Object> record(@PathVariable @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String agencyId,
                                  @Valid @RequestBody AgencyRequest body, Principal user) {
        return ResponseEntity.ok(directory.record(agencyId, body.name(), body.country(), body.emailDomains(),
                body.callbackNumbers(), user.getName()));
    }

    private static ResponseEntity<Object> problem(Refusal refusal) {
        var answer = Problems.of(refusal);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body(answer.getBody());
    }

    /** An agency as a reviewer states it. */
    record AgencyRequest(@NotBlank @Size(max = 200) String name,
                         @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
                         @NotNull @Size(max = 50) List<@NotBlank @Size(max = 253) String> emailDomains,
                         @NotNull @Size(max = 50) List<@NotBlank @Pattern(regexp = "\\+?[0-9 ()./-]{3,40}") String>
                                 callbackNumbers) {
    }
}
