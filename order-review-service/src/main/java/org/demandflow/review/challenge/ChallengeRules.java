package org.demandflow.review.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.domain.Refusal.Violation;

/** The checks a challenge filing and a challenge decision must pass before the case changes. */
public final class ChallengeRules {

    private ChallengeRules() {
    }

    /**
     * Every reason the filing cannot be made on a case holding {@code ofCase}: forum, level and matter are
     * required; an appeal names a DENIED, not yet appealed challenge of the same order and goes to a higher level.
     */
    public static List<Violation> violationsOf(ChallengeFiling filing, List<Challenge> ofCase) {
        List<Violation> violations = new ArrayList<>();
        if (filing.forum() == null) {
            violations.add(new Violation("forum", "required", "name the court the challenge is before"));
        }
        if (filing.level() == null) {
            violations.add(new Violation("level", "required", "give the court's level: MAGISTRATE, DISTRICT,"
                    + " APPELLATE or SUPREME"));
        }
        if (filing.matter() == null) {
            violations.add(new Violation("matter", "required", "give the kind of matter (CRIMINAL, CIVIL_US_PARTY"
                    + " or CIVIL): it sets the appeal deadline"));
        }
        if (filing.isAppeal()) {
            appealViolation(filing, ofCase).ifPresent(violations::add);
        }
        return violations;
    }

    private static Optional<Violation> appealViolation(ChallengeFiling filing, List<Challenge> ofCase) {
        Optional<Challenge> appealed = ofCase.stream().filter(c -> c.challengeId().equals(filing.appealOf()))
                .findFirst();
        if (appealed.isEmpty()) {
            return appealOf("unknown", "the case has no challenge " + filing.appealOf());
        }
        Challenge earlier = appealed.get();
        if (!earlier.orderId().equals(filing.orderId())) {
            return appealOf("other-order", "challenge " + earlier.challengeId() + " is of order " + earlier.orderId()
                    + ", not of order " + filing.orderId() + ": an appeal is of the same order");
        }
        if (earlier.outcome() != ChallengeOutcome.DENIED) {
            return appealOf("not-denied", "challenge " + earlier.challengeId() + " is " + earlier.outcome()
                    + ": only a DENIED challenge can be appealed");
        }
        if (ofCase.stream().anyMatch(c -> c.appeals(earlier))) {
            return appealOf("already-appealed", "challenge " + earlier.challengeId() + " is already appealed");
        }
        if (filing.level() != null && earlier.level() != null && !filing.level().isAbove(earlier.level())) {
            return Optional.of(new Violation("level", "not-above-appealed", "an appeal goes to a higher court than"
                    + " the " + earlier.level() + " decision it appeals (a magistrate judge's order is objected to"
                    + " at DISTRICT), not to " + filing.level()));
        }
        return Optional.empty();
    }

    private static Optional<Violation> appealOf(String code, String message) {
        return Optional.of(new Violation("appealOf", code, message));
    }

    /**
     * Why the court's date of a decision cannot be recorded, if it cannot: it is after {@code today} (UTC) or before
     * the challenge was filed. No date ({@code null}) is always acceptable.
     */
    public static Optional<Refusal> refusalOfDate(Challenge challenge, LocalDate decidedOn, Instant now) {
        if (decidedOn == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate filed = challenge.filedAt() == null ? null : LocalDate.ofInstant(challenge.filedAt(), ZoneOffset.UTC);
        if (decidedOn.isAfter(today)) {
            return dateRefusal("in-future", "the court's decision date " + decidedOn + " is after today (" + today
                    + ", UTC)");
        }
        if (filed != null && decidedOn.isBefore(filed)) {
            return dateRefusal("before-filing", "the court's decision date " + decidedOn + " is before the challenge"
                    + " was filed (" + filed + ")");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> dateRefusal(String code, String message) {
        return Optional.of(Refusal.invalid(message, List.of(new Violation("decidedOn", code, message))));
    }

    /** Why the decision cannot be made on this challenge, if it cannot. */
    public static Optional<Refusal> refusalOf(Challenge challenge, ChallengeOutcome decision, ChallengeRelief relief) {
        if (decision == ChallengeOutcome.PENDING) {
            return Optional.of(Refusal.invalid("a decision must be GRANTED, DENIED or WITHDRAWN"));
        }
        if (challenge.outcome().isFinal()) {
            return Optional.of(Refusal.conflict("challenge " + challenge.challengeId() + " is already "
                    + challenge.outcome()));
        }
        if (relief.changesOrder() && decision != ChallengeOutcome.GRANTED) {
            return Optional.of(Refusal.invalid("only a GRANTED challenge may lift or narrow its order, not "
                    + decision));
        }
        if (relief.lift() && !relief.narrowTo().isEmpty()) {
            return Optional.of(Refusal.invalid("a granted challenge either lifts or narrows its order, not both"));
        }
        return Optional.empty();
    }
}
