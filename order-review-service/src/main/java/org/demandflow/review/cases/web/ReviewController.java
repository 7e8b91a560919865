package org.demandflow.review.cases.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
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

/** Review cases and the decisions on their secrecy orders. */
@RestController
@RequestMapping("/api/v1/reviews")
class ReviewController {

    static final String READS = "hasAnyRole('REVIEWER', 'AUDITOR')";
    static final String DECIDES = "hasRole('REVIEWER')";

    private final ReviewService reviews;
    private final Answers answers;

    ReviewController(ReviewService reviews, Answers answers) {
        this.reviews = reviews;
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
                .<ResponseEntity<Object>>map(c -> ResponseEntity.ok(CaseView.of(c)))
                .orElseGet(() -> Answers.notFound(Answers.noCase(id))));
    }

    @PostMapping("/{demandId}/no-secrecy-order")
    @PreAuthorize(DECIDES)
    ResponseEntity<Object> noSecrecyOrder(@PathVariable String demandId,
                                          @Valid @RequestBody Requests.NoSecrecyOrderRequest body, Principal user) {
        return answers.forDemand(demandId, id -> answers.current(id,
                reviews.recordNoSecrecyOrder(id, body.note(), user.getName())));
    }

    @PostMapping("/{demandId}/secrecy-orders")
    @PreAuthorize(DECIDES)
    ResponseEntity<Object> recordOrder(@PathVariable String demandId,
                                       @Valid @RequestBody Requests.SecrecyOrderRequest body, Principal user) {
        return Answers.unlessInvalid(body.violations(), () -> answers.forDemand(demandId, id -> answers.created(id,
                "secrecy-orders", reviews.recordOrder(id, body.terms(), user.getName()),
                (orderId, view) -> new CaseView.OrderRecorded(orderId, view.status(), view.version()))));
    }

    @PostMapping("/{demandId}/secrecy-orders/{orderId}/extensions")
    @PreAuthorize(DECIDES)
    ResponseEntity<Object> extend(@PathVariable String demandId, @PathVariable String orderId,
                                  @Valid @RequestBody Requests.ExtensionRequest body, Principal user) {
        return answers.forDemand(demandId, id -> answers.current(id,
                reviews.extend(id, orderId, body.end(), user.getName())));
    }

    @PostMapping("/{demandId}/secrecy-orders/{orderId}/lift")
    @PreAuthorize(DECIDES)
    ResponseEntity<Object> lift(@PathVariable String demandId, @PathVariable String orderId,
                                @Valid @RequestBody Requests.LiftRequest body, Principal user) {
        return answers.forDemand(demandId, id -> answers.current(id,
                reviews.lift(id, orderId, body.fullReason(), user.getName())));
    }

    @PostMapping("/{demandId}/secrecy-orders/{orderId}/narrow")
    @PreAuthorize(DECIDES)
    ResponseEntity<Object> narrow(@PathVariable String demandId, @PathVariable String orderId,
                                  @Valid @RequestBody Requests.NarrowingRequest body, Principal user) {
        return Answers.unlessInvalid(body.violations(), () -> answers.forDemand(demandId, id -> answers.current(id,
                reviews.narrow(id, orderId, body.permittedRecipients(), user.getName()))));
    }
}
