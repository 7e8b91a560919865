package org.demandflow.review.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.demandflow.review.challenge.Challenge;
import org.demandflow.review.challenge.ChallengeFiling;
import org.demandflow.review.challenge.ChallengeOutcome;
import org.demandflow.review.challenge.ChallengeRelief;
import org.demandflow.review.challenge.ChallengeRules;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.domain.EmailAddress;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.domain.Refusal.Violation;

/**
 * The aggregate: the review of one demand, its secrecy orders and challenges. Every command either changes
 * the case and answers {@link Outcome.Accepted}, or changes nothing and answers {@link Outcome.Refused}.
 * Each change of the derived {@link StatusView} registers a {@link StatusChanged} with the next version.
 */
public final class ReviewCase {

    /** The actor of changes nobody decided: the intake and the expiry scheduler. */
    public static final String SYSTEM = "system";
    /** The actor of the reconciliation of a case with its published statuses after a database restore. */
    public static final String RESTORE = "restore";

    private final DemandFacts demand;
    private final Instant openedAt;
    private boolean decided;
    private final List<SecrecyOrder> orders;
    private final List<Challenge> challenges;
    private final CaseJournal journal;
    private final OrderLedger ledger;
    private final List<CaseEntryRecorded> recorded = new ArrayList<>();

    private ReviewCase(ReviewCaseSnapshot s) {
        this.demand = s.demand();
        this.openedAt = s.openedAt();
        this.decided = s.decided();
        this.orders = new ArrayList<>(s.orders());
        this.challenges = new ArrayList<>(s.challenges());
        this.journal = new CaseJournal(s.demand(), s.version(), s.published(), s.history());
        this.ledger = new OrderLedger(s.demand(), s.orders(), s.challenges());
    }

    /** Opens the case of a received demand: PENDING_REVIEW, version 1. */
    public static ReviewCase open(DemandFacts demand, Instant now) {
        ReviewCase opened = new ReviewCase(new ReviewCaseSnapshot(demand, now, false, 0, null,
                List.of(), List.of(), List.of()));
        opened.apply(SYSTEM, now, CaseAction.CASE_OPENED, null, "demand received; pending legal review");
        return opened;
    }

    /**
     * Opens, after a restore of the database from a backup, the case of a demand received after the backup whose
     * statuses the topic holds up to {@code topicVersion} (saying {@code topicView}): PENDING_REVIEW, published as
     * the next version unless the topic's last status said so already, and marked restored (its decisions are lost).
     */
    public static ReviewCase openAfterRestore(DemandFacts demand, int topicVersion, StatusView topicView,
                                              Instant now) {
        ReviewCase opened = new ReviewCase(new ReviewCaseSnapshot(demand, now, false, topicVersion, topicView,
                List.of(), List.of(), List.of()));
        opened.apply(SYSTEM, now, CaseAction.CASE_OPENED, null, "demand received; pending legal review");
        opened.apply(RESTORE, now, CaseAction.RESTORED_FROM_TOPIC, null, restoredDetail(topicVersion, topicView));
        return opened;
    }

    /** Rebuilds a stored case. */
    public static ReviewCase restore(ReviewCaseSnapshot snapshot) {
        return new ReviewCase(snapshot);
    }

    /** A reviewer found no secrecy order: the case clears. Only a case pending review can be cleared so. */
    public Outcome recordNoSecrecyOrder(String note, String actor, Instant now) {
        SecrecyStatus status = status();
        if (status != SecrecyStatus.PENDING_REVIEW) {
            return Outcome.conflict("the case is " + status + (status == SecrecyStatus.CLEARED
                    ? "; it needs no decision unless a new order is recorded" : "; lift its active orders instead"));
        }
        decided = true;
        return apply(actor, now, CaseAction.NO_SECRECY_ORDER_RECORDED, null, withNote("no secrecy order", note));
    }

    /** Records a secrecy order, on a case in any state; answers the new order's id. */
    public Outcome recordOrder(OrderTerms terms, String actor, Instant now) {
        Optional<Outcome> refusal = OrderRules.refusalOf(terms, now);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        SecrecyOrder order = SecrecyOrder.recorded(UUID.randomUUID().toString(), terms);
        orders.add(order);
        decided = true;
        return apply(actor, now, CaseAction.ORDER_RECORDED, order.orderId(),
                terms.scope() + " secrecy order recorded (" + terms.authority() + ")");
    }

    /** Moves the end of an active order later, to an instant (see the other {@code extend}). */
    public Outcome extend(String orderId, Instant newExpiresAt, String actor, Instant now) {
        return extend(orderId, StatedEnd.at(newExpiresAt), actor, now);
    }

    /**
     * Moves the end of an active order later, stated as an instant or as the court's date and zone (rule 11). An
     * extension that does not lengthen the order is refused, except the same end re-stated as a date and zone:
     * that confirms the court's calendar (how a reviewer settles an order listed as ending at UTC midnight).
     */
    public Outcome extend(String orderId, StatedEnd newEnd, String actor, Instant now) {
        Optional<Outcome> badForm = OrderRules.refusalOfForm(newEnd, true);
        if (badForm.isPresent()) {
            return badForm.get();
        }
        OrderEnd end = newEnd.toEnd();
        return onActiveOrder(orderId, "extend", order -> {
            Optional<Outcome> refusal = OrderRules.refusalOfExtension(order, end, now);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            boolean confirmed = end.endsAt().equals(order.expiresAt());
            replace(order.extendedTo(end, now, actor));
            return confirmed
                    ? apply(actor, now, CaseAction.ORDER_END_CONFIRMED, orderId, "order end confirmed as "
                            + end.expiresOn() + " in " + end.timeZone() + " (ends " + end.endsAt() + ")")
                    : apply(actor, now, CaseAction.ORDER_EXTENDED, orderId, "order extended to " + describe(end));
        });
    }

    private static String describe(OrderEnd end) {
        return end.isDate() ? end.expiresOn() + " in " + end.timeZone() + " (ends " + end.endsAt() + ")"
                : end.endsAt().toString();
    }

    /** Ends an active order now. */
    public Outcome lift(String orderId, String reason, String actor, Instant now) {
        return onActiveOrder(orderId, "lift", order -> {
            replace(order.lifted(now, reason));
            return apply(actor, now, CaseAction.ORDER_LIFTED, orderId, withNote("secrecy order lifted", reason));
        });
    }

    /** Lets the named executives be told; narrowing never removes a recipient the order already permits. */
    public Outcome narrow(String orderId, Collection<String> recipients, String actor, Instant now) {
        List<String> to = EmailAddress.normaliseAll(recipients);
        if (to.isEmpty()) {
            return Outcome.invalid("narrowing needs at least one permitted recipient");
        }
        return onActiveOrder(orderId, "narrow", order -> {
            if (!to.containsAll(order.permittedRecipients())) {
                return Outcome.conflict("order " + orderId + " is EXECUTIVE_ONLY to " + order.permittedRecipients()
                        + "; narrowing the order cannot remove a permitted recipient");
            }
            replace(order.narrowedTo(to));
            return apply(actor, now, CaseAction.ORDER_NARROWED, orderId, "secrecy order narrowed to named executives");
        });
    }

    /**
     * Files a challenge of an active order before a court, or the appeal of a denied challenge of it one court
     * higher ({@link ChallengeRules#violationsOf}: a 422 naming every reason); answers the challenge's id.
     */
    public Outcome fileChallenge(ChallengeFiling filing, String actor, Instant now) {
        return onActiveOrder(filing.orderId(), "challenge", order -> {
            List<Violation> violations = ChallengeRules.violationsOf(filing, challenges);
            if (!violations.isEmpty()) {
                return Outcome.refused(Refusal.invalid("the challenge cannot be filed", violations));
            }
            Challenge challenge = Challenge.filed(UUID.randomUUID().toString(), filing, now, actor);
            challenges.add(challenge);
            return apply(actor, now, CaseAction.CHALLENGE_FILED, challenge.challengeId(), (filing.isAppeal()
                    ? "appeal of challenge " + filing.appealOf() : "challenge") + " of order " + filing.orderId()
                    + " filed before " + filing.forum() + " (" + filing.level() + ")");
        });
    }

    /** Decides a pending challenge, the court's date not stated; a granted one may lift or narrow its order. */
    public Outcome decideChallenge(String challengeId, ChallengeOutcome decision, ChallengeRelief relief,
                                   String note, String actor, Instant now) {
        return decideChallenge(challengeId, decision, relief, null, note, actor, now);
    }

    /**
     * Decides a pending challenge, entered by the court on {@code decidedOn} if given (the date objection and appeal
     * periods count from); a granted one may lift or narrow its order.
     */
    public Outcome decideChallenge(String challengeId, ChallengeOutcome decision, ChallengeRelief relief,
                                   LocalDate decidedOn, String note, String actor, Instant now) {
        Optional<Challenge> found = challenge(challengeId);
        if (found.isEmpty()) {
            return Outcome.notFound("case " + demand.demandId() + " has no challenge " + challengeId);
        }
        Optional<Refusal> refusal = ChallengeRules.refusalOf(found.get(), decision, relief)
                .or(() -> ChallengeRules.refusalOfDate(found.get(), decidedOn, now));
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        Outcome relieved = applyRelief(found.get().orderId(), relief, actor, now);
        if (relieved instanceof Outcome.Refused) {
            return relieved;
        }
        challenges.replaceAll(c -> c.challengeId().equals(challengeId)
                ? c.decided(decision, note, now, actor, decidedOn) : c);
        return apply(actor, now, CaseAction.CHALLENGE_DECIDED, challengeId, withNote("challenge " + decision, note));
    }

    /**
     * Releases every active order whose end plus the safety {@code margin} has come (rule 11: nothing is released
     * before end + margin); answers how many it released. The order's end stays its {@code expiresAt}.
     */
    public int expireDue(Instant now, Duration margin) {
        List<SecrecyOrder> due = orders.stream().filter(o -> o.isDueAt(now, margin)).toList();
        due.forEach(o -> {
            replace(o.expired());
            apply(SYSTEM, now, CaseAction.ORDER_EXPIRED, o.orderId(), "secrecy order expired at " + o.expiresAt()
                    + ", released after a margin of " + margin);
        });
        return due.size();
    }

    /**
     * Records a step of a proposal (rule 10) in the history: made, approved, rejected or stale. It changes no order
     * and publishes nothing.
     */
    public void recordProposalStep(CaseAction step, String proposalId, String actor, String detail, Instant now) {
        if (!step.isProposalStep()) {
            throw new IllegalArgumentException(step + " is no step of a proposal");
        }
        apply(actor, now, step, proposalId, detail);
    }

    /**
     * Takes the statuses published beyond this case's version, which a database restored from a backup does not
     * know: the topic's {@code topicVersion} (saying {@code topicView}) becomes the last published version, so the
     * next one follows it and no version is published twice with another value. The case's own view is published
     * next if it differs in whom it lets be told (a delayed notice's wording alone publishes nothing: nobody is told
     * twice) and lets nobody be told whom the topic's last status did not permit; if it would (a decision after the
     * backup, lost, had restricted it), the case returns to PENDING_REVIEW instead: nobody is told until a reviewer
     * decides again. Answers false, changing nothing, when the case knows the version.
     */
    public boolean continueAfterRestore(int topicVersion, StatusView topicView, Instant now) {
        if (topicVersion <= version()) {
            return false;
        }
        StatusView own = StatusDerivation.derive(decided, orders);
        journal.continueFrom(topicVersion, own.permitsTheSameAs(topicView) ? own : topicView);
        String restored = restoredDetail(topicVersion, topicView);
        if (!own.isNoWiderThan(topicView)) {
            decided = false;
            restored += "; it returns to PENDING_REVIEW, its stored orders would permit more than the topic's status";
        }
        apply(RESTORE, now, CaseAction.RESTORED_FROM_TOPIC, null, restored);
        return true;
    }

    private static String restoredDetail(int topicVersion, StatusView topicView) {
        return "database restored: the topic had published up to version " + topicVersion + " ("
                + topicView.status() + "); decisions made after the backup are lost, review the case again";
    }

    private Outcome applyRelief(String orderId, ChallengeRelief relief, String actor, Instant now) {
        if (relief.lift()) {
            return lift(orderId, "challenge granted", actor, now);
        }
        if (!relief.narrowTo().isEmpty()) {
            return narrow(orderId, relief.narrowTo(), actor, now);
        }
        return Outcome.accepted(orderId);
    }

    private Outcome onActiveOrder(String orderId, String verb, Function<SecrecyOrder, Outcome> change) {
        Optional<SecrecyOrder> order = order(orderId);
        if (order.isEmpty()) {
            return Outcome.notFound("case " + demand.demandId() + " has no order " + orderId);
        }
        if (!order.get().isActive()) {
            return Outcome.conflict("cannot " + verb + " order " + orderId + ": it is " + order.get().state()
                    + " (the case is " + status() + ")");
        }
        return change.apply(order.get());
    }

    private void replace(SecrecyOrder changed) {
        orders.replaceAll(o -> o.orderId().equals(changed.orderId()) ? changed : o);
    }

    private Outcome apply(String actor, Instant now, CaseAction action, String subjectId, String detail) {
        HistoryEntry entry = journal.record(StatusDerivation.derive(decided, orders), actor, now, action, subjectId,
                detail);
        Optional<Challenge> challenge = subjectId == null ? Optional.empty() : challenge(subjectId);
        Optional<SecrecyOrder> order = challenge.map(Challenge::orderId).or(() -> Optional.ofNullable(subjectId))
                .flatMap(this::order).map(o -> ledger.record(o, challenges, now));
        order.ifPresent(this::replace);
        recorded.add(EntryFacts.of(demand.demandId().toString(), entry, order, challenge));
        return Outcome.accepted(subjectId);
    }

    private static String withNote(String detail, String note) {
        return note == null || note.isBlank() ? detail : detail + ": " + note;
    }

    /** The status changes registered since the last call, oldest first; the list is then emptied. */
    public List<StatusChanged> pullEvents() {
        return journal.pullEvents();
    }

    /**
     * The order changes registered since the last call, one per changed order, for whoever stores the case to
     * publish (as {@code SecrecyOrderChanged}); the list is then emptied.
     */
    public List<OrderChanged> pullOrderChanges() {
        return ledger.pull();
    }

    /**
     * The history entries added since the last call, oldest first, as events for whoever stores the case to
     * publish; the list is then emptied.
     */
    public List<CaseEntryRecorded> pullRecordedEntries() {
        List<CaseEntryRecorded> pulled = List.copyOf(recorded);
        recorded.clear();
        return pulled;
    }

    public DemandId demandId() {
        return demand.demandId();
    }

    public SecrecyStatus status() {
        return journal.published().status();
    }

    public int version() {
        return journal.version();
    }

    public Optional<SecrecyOrder> order(String orderId) {
        return orders.stream().filter(o -> o.orderId().equals(orderId)).findFirst();
    }

    public Optional<Challenge> challenge(String challengeId) {
        return challenges.stream().filter(c -> c.challengeId().equals(challengeId)).findFirst();
    }

    /** The earliest end among the active orders, or {@code null}: when the scheduler must look again. */
    public Instant nextExpiry() {
        return orders.stream().filter(SecrecyOrder::isActive).map(SecrecyOrder::expiresAt)
                .filter(e -> e != null).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The whole state of the case. */
    public ReviewCaseSnapshot snapshot() {
        return new ReviewCaseSnapshot(demand, openedAt, decided, journal.version(), journal.published(), orders,
                challenges, journal.history());
    }
}
