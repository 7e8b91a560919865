package org.demandflow.review.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
 * Challenges of secrecy orders up the courts: filed before a court of a level, or as the appeal of a denied
 * challenge one level higher (422 naming every reason otherwise), then decided (a granted one may lift or narrow its
 * order; that waits for a second reviewer, safety rule 10).
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
    @Operation(summary = "File a challenge of an order, or appeal a denied one", description = "A challenge names"
            + " its forum (the court), level (MAGISTRATE, DISTRICT, APPELLATE, SUPREME) and matter (CRIMINAL,"
            + " CIVIL_US_PARTY, CIVIL). An appeal names in appealOf a DENIED, not yet appealed challenge of the same"
            + " order and goes to a higher level (a magistrate judge's order is objected to at DISTRICT). A denied"
            + " challenge not yet appealed shows its objection or appeal deadline in the case and on the attention"
            + " list.")
    @ApiResponse(responseCode = "201", description = "Filed; the body names the challenge")
    @ApiResponse(responseCode = "422", description = "The filing is incoherent: problem+json whose reasons name"
            + " every field at fault (forum, level, matter required; appealOf unknown, of another order, not DENIED"
            + " or already appealed; level not above the appealed one)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The order is no longer active (problem+json)",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Object> file(@PathVariable String demandId, @Valid @RequestBody Requests.ChallengeRequest body,
                                Principal user) {
        return answers.forDemand(demandId, id -> answers.created(id, "challenges",
                reviews.fileChallenge(id, body.filing(), user.getName()),
                (challengeId, view) -> new CaseView.ChallengeFiled(challengeId, view.status(), view.version())));
    }

    @PatchMapping("/{challengeId}")
    @PreAuthorize(ReviewController.DECIDES)
    @Operation(summary = "Decide a challenge", description = "Records the outcome and when it was recorded"
            + " (decidedAt). A DENIED challenge shows in the case its deadline to go one court higher: objection to"
            + " a magistrate judge's order 14 days (Fed. R. Crim. P. 59(a)), notice of appeal 14 days in a criminal"
            + " matter (FRAP 4(b)(1)(A)), 60 days in a civil one with the United States a party (FRAP 4(a)(1)(B));"
            + " a GRANTED one that lifts or narrows its order waits for a second reviewer.")
    @MayWaitForApproval
    ResponseEntity<Object> decide(@PathVariable String demandId, @PathVariable String challengeId,
                                  @Valid @RequestBody Requests.ChallengeDecisionRequest body, Principal user) {
        return Answers.unlessInvalid(body.violations(), () -> answers.forDemand(demandId, id -> answers.current(id,
                decisions.take(DecisionKind.CHALLENGE_DECISION, id, challengeId, body, user.getName()))));
    }
}
