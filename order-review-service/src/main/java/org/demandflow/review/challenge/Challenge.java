package org.demandflow.review.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A challenge of a secrecy order filed by the provider (e.g. a motion to narrow or vacate), before a court of a
 * level, possibly as the appeal of an earlier denied challenge of the same order. Challenges stored before forums
 * and levels were kept have {@code forum}, {@code level} and {@code matter} {@code null} (unknown).
 *
 * @param forum the court's name, or {@code null} when unknown
 * @param level the court's level, or {@code null} when unknown
 * @param matter the kind of matter (sets the appeal deadline), or {@code null} when unknown
 * @param appealOf the denied challenge this one appeals, or {@code null}
 * @param decidedAt when the outcome was recorded (left PENDING), or {@code null}
 * @param decidedOn the date the court entered its decision, as the reviewer stated it; {@code null} when not stated
 *                  (then the UTC date of {@code decidedAt} stands for it)
 */
public record Challenge(String challengeId, String orderId, String grounds, Instant filedAt, String filedBy,
                        ChallengeOutcome outcome, Instant decidedAt, String decidedBy, String note, String forum,
                        ChallengeLevel level, MatterType matter, String appealOf, LocalDate decidedOn) {

    public Challenge {
        Objects.requireNonNull(challengeId, "challengeId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A newly filed, pending challenge. */
    public static Challenge filed(String challengeId, ChallengeFiling filing, Instant at, String actor) {
        return new Challenge(challengeId, filing.orderId(), filing.grounds(), at, actor, ChallengeOutcome.PENDING,
                null, null, null, filing.forum(), filing.level(), filing.matter(), filing.appealOf(), null);
    }

    /** The challenge with its outcome, recorded at {@code at}, the court's date not stated. */
    public Challenge decided(ChallengeOutcome decision, String decisionNote, Instant at, String actor) {
        return decided(decision, decisionNote, at, actor, null);
    }

    /** The challenge with its outcome, recorded at {@code at}, entered by the court on {@code courtDate} if given. */
    public Challenge decided(ChallengeOutcome decision, String decisionNote, Instant at, String actor,
                             LocalDate courtDate) {
        return new Challenge(challengeId, orderId, grounds, filedAt, filedBy, decision, at, actor, decisionNote,
                forum, level, matter, appealOf, courtDate);
    }

    /** The date the decision counts from: the court's date if stated, else the UTC date it was recorded. */
    public LocalDate decisionDate() {
        if (decidedOn != null || decidedAt == null) {
            return decidedOn;
        }
        return LocalDate.ofInstant(decidedAt, ZoneOffset.UTC);
    }

    /** Whether this challenge appeals {@code earlier}. */
    public boolean appeals(Challenge earlier) {
        return earlier.challengeId().equals(appealOf);
    }
}
