package org.demandflow.e2e.harness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Mailbox.Envelope;
import org.demandflow.events.DemandSubmission;

/**
 * One submission the harness drives, with what the harness itself knows of the law: from when each
 * of the customer's executives may be told. That knowledge is the harness's own, independent of the
 * services' bookkeeping.
 */
final class Trial {

    final int index;
    final String customerId;
    final Scenario scenario;
    final DemandSubmission submission;
    final String docket;

    volatile String demandId;
    volatile String orderId;
    volatile Instant decisionStartedAt;
    volatile Instant expiresAt;
    volatile Instant extendedTo;
    volatile Instant liftStartedAt;
    volatile boolean lifted;
    volatile boolean completed;
    volatile String problem;
    /** RESTRICTION_DURING_SEND: the recipient whose mail the relay held, and whether the restriction beat it. */
    volatile String heldRecipient;
    /** RESTRICTION_DURING_SEND: when the held mail's SMTP transaction reached its end (after it was handed over). */
    volatile Instant heldSince;
    volatile boolean releasedAfterRestriction;

    Trial(int index, String customerId, Scenario scenario, DemandSubmission submission) {
        this.index = index;
        this.customerId = customerId;
        this.scenario = scenario;
        this.submission = submission;
        this.docket = "H-" + customerId;
    }

    /** The docket of the second order of an OVERLAPPING_CARVE_OUT. */
    String secondDocket() {
        return docket + "-B";
    }

    String submissionId() {
        return submission.getSubmissionId().toString();
    }

    /** The moment from which the legal contact may be told, or null if never (yet). */
    Instant legalMayBeToldFrom() {
        return switch (scenario) {
            case NO_ORDER, RESTRICTED_AFTER_CLEARANCE -> decisionStartedAt;
            case RESTRICTION_DURING_SEND -> mayBeToldDuringSend(Demands.legal(customerId));
            case OVERLAPPING_CARVE_OUT -> null;
            case FULL_EXPIRING, CARVE_OUT -> expiresAt;
            case EXTENSION -> extendedTo != null ? extendedTo : expiresAt;
            case LIFT -> lifted ? liftStartedAt : null;
            case INVALID -> null;
        };
    }

    /**
     * The moment from which this recipient may be told, or null if never. Until when is the status
     * intervals' part: no mail after a newer status that does not permit the recipient took effect.
     */
    Instant mayBeToldFrom(String recipient) {
        if (recipient.equalsIgnoreCase(Demands.legal(customerId))) {
            return legalMayBeToldFrom();
        }
        if (recipient.equalsIgnoreCase(Demands.deputy(customerId)) && scenario == Scenario.RESTRICTION_DURING_SEND) {
            return mayBeToldDuringSend(recipient);
        }
        if (recipient.equalsIgnoreCase(Demands.ciso(customerId))
                && (scenario == Scenario.CARVE_OUT || scenario == Scenario.OVERLAPPING_CARVE_OUT)) {
            return decisionStartedAt;
        }
        return null;
    }

    /**
     * The mail held at the door may arrive; once the restriction was applied while it was held, the other
     * legal contact never may (its notice was not handed over). If the relay gave up holding first, the status
     * intervals alone judge.
     */
    private Instant mayBeToldDuringSend(String recipient) {
        boolean other = heldRecipient != null && !heldRecipient.equalsIgnoreCase(recipient);
        return other && releasedAfterRestriction ? null : decisionStartedAt;
    }

    /**
     * The moments the trial's mails (oldest first) told their recipients, as far as the safety rules are
     * concerned: when each reached the SMTP server, except the one mail the relay held at the end of its
     * transaction (the first to the held recipient), which counts from the start of the hold: rule 9 leaves
     * one SMTP transaction open, and the hold only stretches it.
     */
    List<Instant> toldAt(List<Envelope> mails) {
        List<Instant> moments = new ArrayList<>();
        boolean heldFound = heldSince == null;
        for (Envelope mail : mails) {
            boolean held = !heldFound && mail.recipient().equalsIgnoreCase(heldRecipient);
            heldFound |= held;
            moments.add(held && heldSince.isBefore(mail.receivedAt()) ? heldSince : mail.receivedAt());
        }
        return moments;
    }

    /** Whether the harness expects the legal contact to have been told by the end. */
    boolean legalNoticeExpected() {
        return scenario.valid() && scenario != Scenario.RESTRICTED_AFTER_CLEARANCE
                && scenario != Scenario.RESTRICTION_DURING_SEND && completed && problem == null
                && legalMayBeToldFrom() != null;
    }

    @Override
    public String toString() {
        return "trial " + index + " (" + scenario + ", customer " + customerId + ", demand " + demandId + ")";
    }
}
