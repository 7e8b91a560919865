package org.demandflow.review.cases.web;

import java.util.Map;
import org.demandflow.review.cases.Decision;
import org.demandflow.review.cases.DecisionPreview;
import org.demandflow.review.cases.DecisionKind;
import org.demandflow.review.cases.DecisionReplay;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.application.ReviewService;
import org.demandflow.review.challenge.ChallengeRelief;
import org.demandflow.support.domain.DemandId;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reviewer decisions of the API, one request shape and one command per {@link DecisionKind}. A decision is
 * taken from its request; when rule 10 holds it, the request is kept (serialised as the API reads it) and, once a
 * second reviewer approves, read back and taken again through the very same command.
 */
@Component
class Decisions implements DecisionReplay {

    private final ReviewService reviews;
    private final JsonMapper json;
    private final Map<DecisionKind, Taking<?>> kinds;

    Decisions(ReviewService reviews, JsonMapper json) {
        this.reviews = reviews;
        this.json = json;
        this.kinds = Map.of(
                DecisionKind.NO_SECRECY_ORDER, new Taking<>(Requests.NoSecrecyOrderRequest.class,
                        (id, subject, body, actor) -> reviews.recordNoSecrecyOrder(id, body.note(), actor)),
                DecisionKind.SECRECY_ORDER, new Taking<>(Requests.SecrecyOrderRequest.class,
                        (id, subject, body, actor) -> reviews.recordOrder(id, body.terms(), actor)),
                DecisionKind.EXTENSION, new Taking<>(Requests.ExtensionRequest.class,
                        (id, orderId, body, actor) -> reviews.extend(id, orderId, body.end(), actor)),
                DecisionKind.LIFT, new Taking<>(Requests.LiftRequest.class,
                        (id, orderId, body, actor) -> reviews.lift(id, orderId, body.fullReason(), actor)),
                DecisionKind.NARROWING, new Taking<>(Requests.NarrowingRequest.class,
                        (id, orderId, body, actor) -> reviews.narrow(id, orderId, body.permittedRecipients(), actor)),
                DecisionKind.CHALLENGE_DECISION, new Taking<>(Requests.ChallengeDecisionRequest.class,
                        (id, challengeId, body, actor) -> reviews.decideChallenge(id, challengeId, body.outcome(),
                                new ChallengeRelief(body.liftOrder(), body.narrowTo()), body.decidedOn(), body.note(),
                                actor)),
                DecisionKind.CHALLENGE_FILING, new Taking<>(Requests.ChallengeRequest.class,
                        (id, orderId, body, actor) -> reviews.fileChallenge(id, body.filing(), actor)));
    }

    /** Takes a reviewer's decision from its request: at once, or held for a second reviewer. */
    Outcome take(DecisionKind kind, DemandId demandId, String subjectId, Object request, String actor) {
        Decision decision = new Decision(kind, demandId, subjectId, json.writeValueAsString(request), actor);
        return reviews.decide(decision, () -> kinds.get(kind).take(decision, request));
    }

    /** What the decision would do, found through the very same command, without taking it. */
    DecisionPreview preview(DecisionKind kind, DemandId demandId, String subjectId, Object request, String actor) {
        Decision decision = new Decision(kind, demandId, subjectId, json.writeValueAsString(request), actor);
        return reviews.preview(decision, () -> kinds.get(kind).take(decision, request));
    }

    @Override
    public Outcome carryOut(Decision decision) {
        Taking<?> taking = kinds.get(decision.kind());
        return reviews.carryOut(decision, () -> taking.take(decision, json.readValue(decision.request(),
                taking.request())));
    }

    @Override
    public DecisionPreview previewApproved(Decision decision) {
        Taking<?> taking = kinds.get(decision.kind());
        return reviews.previewApproved(decision, () -> taking.take(decision, json.readValue(decision.request(),
                taking.request())));
    }

    /** One decision's command on its request, as the controllers have always called it. */
    @FunctionalInterface
    private interface Command<B> {
        Outcome take(DemandId demandId, String subjectId, B request, String actor);
    }

    /** A kind of decision: the shape of its request and its command. */
    private record Taking<B>(Class<B> request, Command<B> command) {

        Outcome take(Decision decision, Object body) {
            return command.take(decision.demandId(), decision.subjectId(), request.cast(body),
                    decision.requestedBy());
        }
    }
}
