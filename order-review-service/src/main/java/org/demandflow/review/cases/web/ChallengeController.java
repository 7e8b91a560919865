package org.demandflow.review.cases.web;

import jakarta.validation.Valid;
import java.security.Principal;
import org.demandflow.review.cases.DecisionKind;
import org.demandflow.review.cases.application.ReviewService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Challenges of secrecy orders: filed, then decided (a granted one may lift or narrow its order; that waits for a
 * second reviewer, safety rule 10).
 */
@RestController
@RequestMapping("/api/v1/reviews/{demandId}/challenges")
class ChallengeController {

    private final ReviewService reviews;
    private final Decisions decisions;
    private final Answers answers;

    ChallengeController(ReviewService reviews, Decisions decisions, Answers answers) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.answers = answers;
    }

    @PostMapping
    @PreAuthorize(ReviewController.DECIDES)
    ResponseEntity<Object> file(@PathVariable String demandId, @Valid @RequestBody Requests.ChallengeRequest body,
                                Principal user) {
        return answers.forDemand(demandId, id -> answers.created(id, "challenges",
                reviews.fileChallenge(id, body.orderId(), body.grounds(), user.getName()),
                (challengeId, view) -> new CaseView.ChallengeFiled(challengeId, view.status(), view.version())));
    }

    @PatchMapping("/{challengeId}")
    @PreAuthorize(ReviewController.DECIDES)
    @MayWaitForApproval
    ResponseEntity<Object> decide(@PathVariable String demandId, @PathVariable String challengeId,
                                  @Valid @RequestBody Requests.ChallengeDecisionRequest body, Principal user) {
        return Answers.unlessInvalid(body.violations(), () -> answers.forDemand(demandId, id -> answers.current(id,
                decisions.take(DecisionKind.CHALLENGE_DECISION, id, challengeId, body, user.getName()))));
    }
}
