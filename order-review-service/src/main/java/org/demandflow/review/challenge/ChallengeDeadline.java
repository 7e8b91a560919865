package org.demandflow.review.challenge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The time to take a denied challenge one court higher: an objection to a magistrate judge's order within 14 days
 * (Fed. R. Crim. P. 59(a); Fed. R. Civ. P. 72(a) in a civil matter), a notice of appeal from a district court within
 * 14 days in a criminal matter (FRAP 4(b)(1)(A)), 60 days in a civil one with the United States a party
 * (FRAP 4(a)(1)(B)) or 30 days in another civil one (FRAP 4(a)(1)(A)), a petition for certiorari within 90 days
 * (Sup. Ct. R. 13.1). Days are counted from the day after the court's decision (the date the reviewer stated, else
 * the UTC date the denial was recorded); a last day on a
 * Saturday or Sunday moves to the Monday (Fed. R. Crim. P. 45(a)(1)(C), FRAP 26(a)(1)(C)). Legal holidays are not
 * known here: a deadline on one is shown on the holiday and a reviewer must read it as the next business day.
 *
 * @param step what is due, e.g. "objection to the district judge"
 * @param rule the rule the period comes from, as cited
 * @param decidedOn the date the period counts from: the court's date of the denial, or the date it was recorded
 * @param dueOn the last day, or {@code null} when the level or matter of the denied challenge is unknown
 */
public record ChallengeDeadline(String challengeId, String orderId, String step, String rule, LocalDate decidedOn,
                                LocalDate dueOn) {

    /** The deadlines of the denied challenges in {@code challenges} that no other challenge appeals yet. */
    public static List<ChallengeDeadline> open(List<Challenge> challenges) {
        return challenges.stream()
                .filter(c -> c.outcome() == ChallengeOutcome.DENIED && c.decisionDate() != null)
                .filter(c -> challenges.stream().noneMatch(other -> other.appeals(c)))
                .flatMap(c -> of(c).stream()).toList();
    }

    /** The deadline to take a denied challenge higher; empty at the Supreme Court (nowhere higher to go). */
    public static Optional<ChallengeDeadline> of(Challenge denied) {
        LocalDate decidedOn = denied.decisionDate();
        if (denied.level() == ChallengeLevel.SUPREME) {
            return Optional.empty();
        }
        if (denied.level() == null || denied.matter() == null) {
            return Optional.of(new ChallengeDeadline(denied.challengeId(), denied.orderId(), "objection or appeal",
                    "the level or matter of the challenge was not recorded (filed before they were kept): check the"
                            + " deadline", decidedOn, null));
        }
        Period period = Period.of(denied.level(), denied.matter());
        return Optional.of(new ChallengeDeadline(denied.challengeId(), denied.orderId(), period.step(),
                period.rule(), decidedOn, lastDay(decidedOn, period.days())));
    }

    /** The last day of a period of {@code days} after {@code event}, moved off a weekend. */
    static LocalDate lastDay(LocalDate event, int days) {
        LocalDate last = event.plusDays(days);
        while (last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** One period of the rules: the step, its length in days and the rule cited. */
    private record Period(String step, int days, String rule) {

        static Period of(ChallengeLevel level, MatterType matter) {
            return switch (level) {
                case MAGISTRATE -> new Period("objection to the district judge", 14, matter == MatterType.CRIMINAL
                        ? "Fed. R. Crim. P. 59(a)" : "Fed. R. Civ. P. 72(a)");
                case DISTRICT -> switch (matter) {
                    case CRIMINAL -> new Period("notice of appeal", 14, "FRAP 4(b)(1)(A)");
                    case CIVIL_US_PARTY -> new Period("notice of appeal", 60, "FRAP 4(a)(1)(B)");
                    case CIVIL -> new Period("notice of appeal", 30, "FRAP 4(a)(1)(A)");
                };
                case APPELLATE -> new Period("petition for a writ of certiorari", 90, "Sup. Ct. R. 13.1");
                case SUPREME -> throw new IllegalArgumentException("nothing is above the Supreme Court");
            };
        }
    }
}
