package org.demandflow.review.cases.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.demandflow.review.cases.DecisionKind;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.cases.application.ReviewService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review cases and the decisions on their secrecy orders. A decision that lets someone be told earlier (safety
 * rule 10) answers {@code 202} with the proposal that waits for a second reviewer ({@link MayWaitForApproval}).
 */
@RestController
@RequestMapping("/api/v1/reviews")
class ReviewController {

    static final String READS = "hasAnyRole('REVIEWER', 'AUDITOR')";
    static final String DECIDES = "hasRole('REVIEWER')";

    private final ReviewService reviews;
    private final Decisions decisions;
    private final Answers answers;

    ReviewController(ReviewService reviews, Decisions decisions, Answers answers) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.answers = answers;
    }

    @GetMapping
    @PreAuthorize(READS)
    List<CaseView.Summary> list(@RequestParam(required = false) SecrecyStatus status) {
        return reviews.findByStatus(status).stream().map(CaseView.Summary::of).toList();
    }

    @GetMapping("/{demandId}")
    @PreAuthorize(READS)
    ResponseEntity<Object> show(@PathVariable String demandId) {
        return answers.forDemand(demandId, id -> reviews.find(id)
                .<ResponseEntity<Object>>map(c -> ResponseEntity.ok(answers.view(c)))
                .orElseGet(() -> Answers.notFound(Answers.noCase(id))));
    }

    @PostMapping("/{demandId}/no-secrecy-order")
    @PreAuthorize(DECIDES)
    @MayWaitForApproval
    ResponseEntity<Object> noSecrecyOrder(@PathVariable String demandId,
                                          @Valid @RequestBody Requests.NoSecrecyOrderRequest body, Principal user) {
        return answers.forDemand(demandId, id -> answers.current(id,
                decisions.take(DecisionKind.NO_SECRECY_ORDER, id, null, body, user.getName())));
    }

    @PostMapping("/{demandId}/secrecy-orders")
    @PreAuthorize(DECIDES)
    @MayWaitForApproval
    ResponseEntity<Object> recordOrder(@PathVariable String demandId,
                                       @Valid @RequestBody Requests.SecrecyOrderRequest body, Principal user) {
        return Answers.unlessInvalid(body.violations(), () -> answers.forDemand(demandId, id -> answers.created(id,
                "secrecy-orders", decisions.take(DecisionKind.SECRECY_ORDER, id, null, body, user.getName()),
                (orderId, view) -> new CaseView.OrderRecorded(orderId, view.status(), view.version()))));
    }

    @PostMapping("/{demandId}/secrecy-orders/{orderId}/extensions")
    @PreAuthorize(DECIDES)
    @MayWaitForApproval
    ResponseEntity<Object> extend(@PathVariable String demandId, @PathVariable String orderId,
                                  @Valid @RequestBody Requests.ExtensionRequest body, Principal user) {
        return answers.forDemand(demandId, id -> answers.current(id,
                decisions.take(DecisionKind.EXTENSION, id, orderId, body, user.getName())));
    }

    @PostMapping("/{demandId}/secrecy-orders/{orderId}/lift")
    @PreAuthorize(DECIDES)
    @MayWaitForApproval
    ResponseEntity<Object> lift(@PathVariable String demandId, @PathVariable String orderId,
                                @Valid @RequestBody Requests.LiftRequest body, Principal user) {
        return answers.forDemand(demandId, id -> answers.current(id,
                decisions.take(DecisionKind.LIFT, id, orderId, body, user.getName())));
    }

    @PostMapping("/{demandId}/secrecy-orders/{orderId}/narrow")
    @PreAuthorize(DECIDES)
    @MayWaitForApproval
    ResponseEntity<Object> narrow(@PathVariable String demandId, @PathVariable String orderId,
                                  @Valid @RequestBody Requests.NarrowingRequest body, Principal user) {
        return Answers.unlessInvalid(body.violations(), () -> answers.forDemand(demandId, id -> answers.current(id,
                decisions.take(DecisionKind.NARROWING, id, orderId, body, user.getName()))));
    }
}
