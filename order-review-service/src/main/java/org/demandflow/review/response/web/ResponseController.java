package org.demandflow.review.response.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.demandflow.review.response.CheckRequest;
import org.demandflow.review.response.application.ResponseDesk;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The response track of a demand (redirect first): validity checks, redirect or rejection, the agency's answer,
 * the disposition and its corrections, and requester checks with their four-eyes confirmation. A refusal is
 * problem+json: 404 unknown demand or check, 409 not allowed at the response's stage (the failed validity checks
 * as {@code reasons}), 422 an incoherent request.
 */
@RestController
@RequestMapping("/api/v1/reviews/{demandId}/response")
@ApiResponse(responseCode = "409", description = "Not allowed at the response's stage (problem+json)")
class ResponseController {

    static final String READS = "hasAnyRole('REVIEWER', 'AUDITOR')";
    static final String DECIDES = "hasRole('REVIEWER')";

    private final ResponseDesk desk;
    private final ResponseAnswers answers;

    ResponseController(ResponseDesk desk, ResponseAnswers answers) {
        this.desk = desk;
        this.answers = answers;
    }

    @GetMapping
    @PreAuthorize(READS)
    @Operation(summary = "The response: stage, disposition, verification, requester flag, checks and versions")
    ResponseEntity<Object> show(@PathVariable String demandId) {
        return answers.forDemand(demandId, answers::current);
    }

    @PostMapping("/validity")
    @PreAuthorize(DECIDES)
    @Operation(summary = "Runs the validity checks (lawful basis, named accounts, jurisdiction); changes nothing")
    ResponseEntity<Object> validity(@PathVariable String demandId) {
        return answers.forDemand(demandId, id -> desk.validity(id)
                .<ResponseEntity<Object>>map(v -> ResponseEntity.ok(ResponseView.ValidityView.of(v)))
                .orElseGet(() -> ResponseAnswers.noResponse(id)));
    }

    @PostMapping("/redirect")
    @PreAuthorize(DECIDES)
    @Operation(summary = "Sends the agency to the customer (a REDIRECT letter unless there is no requester e-mail)")
    ResponseEntity<Object> redirect(@PathVariable String demandId,
                                    @Valid @RequestBody ResponseRequests.RedirectRequest body, Principal user) {
        return answers.forDemand(demandId, id -> answers.after(id, desk.redirect(id, body.note(), user.getName())));
    }

    @PostMapping("/rejection")
    @PreAuthorize(DECIDES)
    @Operation(summary = "Closes a demand under review REJECTED with the reasons (a REJECTION letter)")
    ResponseEntity<Object> reject(@PathVariable String demandId,
                                  @Valid @RequestBody ResponseRequests.RejectionRequest body, Principal user) {
        return answers.forDemand(demandId, id -> answers.after(id, desk.reject(id, body.reason(), user.getName())));
    }

    @PostMapping("/agency-answer")
    @PreAuthorize(DECIDES)
    @Operation(summary = "The agency's answer: WILL_SEEK_FROM_CUSTOMER closes REDIRECTED, WITHDRAWN closes "
            + "WITHDRAWN, INSISTS moves to PRODUCTION_REVIEW")
    ResponseEntity<Object> answer(@PathVariable String demandId,
                                  @Valid @RequestBody ResponseRequests.AgencyAnswerRequest body, Principal user) {
        return answers.forDemand(demandId, id -> answers.after(id,
                desk.answer(id, body.answer(), body.note(), user.getName())));
    }

    @PostMapping("/disposition")
    @PreAuthorize(DECIDES)
    @Operation(summary = "Closes production review: DISCLOSED_CONTENT, DISCLOSED_NON_CONTENT, NO_DATA_FOUND or "
            + "REJECTED (with a reason); an EMERGENCY_REQUEST is disclosed only after a confirmed VERIFIED check")
    ResponseEntity<Object> dispose(@PathVariable String demandId,
                                   @Valid @RequestBody ResponseRequests.DispositionRequest body, Principal user) {
        return answers.forDemand(demandId, id -> answers.after(id,
                desk.dispose(id, body.disposition(), body.reason(), user.getName())));
    }

    @PostMapping("/corrections")
    @PreAuthorize(DECIDES)
    @Operation(summary = "Corrects the disposition of a closed response: a new version with a mandatory reason")
    ResponseEntity<Object> correct(@PathVariable String demandId,
                                   @Valid @RequestBody ResponseRequests.DispositionRequest body, Principal user) {
        return answers.forDemand(demandId, id -> answers.after(id,
                desk.correct(id, body.disposition(), body.reason(), user.getName())));
    }

    @PostMapping("/verification-checks")
    @PreAuthorize(DECIDES)
    @Operation(summary = "Records a check of the requester (KNOWN_DOMAIN, CALLBACK to a directory number, "
            + "SIGNED_PORTAL): VERIFIED, or FAILED, which closes the response REJECTED")
    ResponseEntity<Object> recordCheck(@PathVariable String demandId,
                                       @Valid @RequestBody ResponseRequests.CheckRequestBody body, Principal user) {
        CheckRequest check = new CheckRequest(body.method(), body.result(), body.callbackNumber(), body.note());
        return answers.forDemand(demandId, id -> answers.checkRecorded(id,
                desk.recordCheck(id, check, user.getName())));
    }

    @PostMapping("/verification-checks/{checkId}/confirmation")
    @PreAuthorize(DECIDES)
    @Operation(summary = "A second reviewer (not the recorder) confirms a VERIFIED check (four eyes)")
    ResponseEntity<Object> confirm(@PathVariable String demandId, @PathVariable String checkId, Principal user) {
        return answers.forDemand(demandId, id -> answers.after(id, desk.confirmCheck(id, checkId, user.getName())));
    }

    /** Where a recorded check is found. */
    static URI checkLocation(Object demandId, String checkId) {
        return URI.create("/api/v1/reviews/" + demandId + "/response/verification-checks/" + checkId);
    }
}
