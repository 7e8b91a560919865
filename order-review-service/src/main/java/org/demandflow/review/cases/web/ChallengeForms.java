package org.demandflow.review.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.demandflow.review.cases.RecipientRules;
import org.demandflow.review.challenge.ChallengeLevel;
import org.demandflow.review.challenge.ChallengeOutcome;
import org.demandflow.review.challenge.MatterType;
import org.demandflow.review.console.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;

/** The console's forms on challenges: file one (or an appeal), record the court's decision. */
final class ChallengeForms {

    private ChallengeForms() {
    }

    /** A challenge of the page's order before a court, or the appeal of a denied one of the same order. */
    record ChallengeForm(@Size(max = 4000) String grounds,
                         @NotBlank(message = "name the court") @Size(max = 200) String forum,
                         @NotNull(message = "choose the court's level") ChallengeLevel level,
                         @NotNull(message = "choose the kind of matter") MatterType matter,
                         @Size(max = 64) String appealOf) implements ConsoleForms.Form {

        public Set<String> fields() {
            return Set.of("grounds", "forum", "level", "matter", "appealOf");
        }

        public Object request(String orderId) {
            return new Requests.ChallengeRequest(orderId, ConsoleForms.blankToNull(grounds), forum, level, matter,
                    ConsoleForms.blankToNull(appealOf));
        }
    }

    /** The court's decision on a challenge; a granted one may lift its order or let named executives be told. */
    record ChallengeDecisionForm(@NotNull(message = "choose the outcome") ChallengeOutcome outcome,
                                 @Size(max = 2000) String note, Boolean liftOrder,
                                 @Size(max = 4000) String narrowTo,
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn)
            implements ConsoleForms.Form {

        public Set<String> fields() {
            return Set.of("outcome", "note", "liftOrder", "narrowTo", "decidedOn");
        }

        public FormErrors check() {
            FormErrors errors = FormErrors.none();
            RecipientRules.violations("narrowTo", ConsoleForms.lines(narrowTo)).forEach(v -> errors.add("narrowTo",
                    ConsoleForms.lineOf(v.field()) + v.message()));
            return errors;
        }

        public Object request(String challengeId) {
            return new Requests.ChallengeDecisionRequest(outcome, ConsoleForms.blankToNull(note),
                    Boolean.TRUE.equals(liftOrder),
                    ConsoleForms.lines(narrowTo).isEmpty() ? null : ConsoleForms.lines(narrowTo), decidedOn);
        }
    }
}
