package org.demandflow.intake.submission.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.DemandAccepted;
import org.demandflow.intake.demand.Ticket;
import org.demandflow.intake.submission.Disposition;
import org.demandflow.intake.submission.IntakeOutcome;
import org.demandflow.intake.submission.ProcessedSubmission;
import org.demandflow.contracts.submission.Reason;
import org.demandflow.contracts.submission.ReasonCode;
import org.demandflow.contracts.submission.Submission;
import org.demandflow.intake.submission.SubmissionRefused;
import org.demandflow.intake.submission.SubmissionValidator;
import org.demandflow.intake.submission.ValidSubmission;
import org.demandflow.intake.submission.Validation;
import org.demandflow.support.domain.DemandId;

/**
 * One batch of submissions decided in memory, in the batch's order, as if taken one after the other: a submission id
 * handled before (stored, or earlier in the batch) is a redelivery; a ticket with a demand (stored, stored meanwhile
 * by another consumer, or created earlier in the batch) makes a duplicate or a conflicting resubmission; the first
 * valid submission of any other ticket creates its demand. {@link SubmissionIntake} stores what it decides.
 */
final class IntakeBatch {

    private final List<Submission> submissions;
    private final Instant now;
    /** Per submission: its validation, or null for a redelivered id. */
    private final List<Validation> validations = new ArrayList<>();
    private final Map<String, ProcessedSubmission> ledger;
    private final Map<DemandId, Demand> demands = new HashMap<>();
    private final Map<Ticket, Demand> byTicket = new HashMap<>();
    /** The demands this batch creates: the index of the submission that creates each. */
    private final Map<DemandId, Integer> creators = new HashMap<>();
    private final List<ProcessedSubmission> entries = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    IntakeBatch(List<Submission> submissions, Map<String, ProcessedSubmission> stored, SubmissionValidator validator,
            Instant now) {
        this.submissions = List.copyOf(submissions);
        this.ledger = new HashMap<>(stored);
        this.now = now;
        Set<String> handled = new HashSet<>(stored.keySet());
        for (Submission submission : this.submissions) {
            boolean redelivered = submission.submissionId() != null && handled.contains(submission.submissionId());
            Validation validation = redelivered ? null : validator.validate(submission);
            validations.add(validation);
            if (validation != null && submission.submissionId() != null && usableId(validation)) {
                handled.add(submission.submissionId());
            }
        }
    }

    /** The submission ids of the batch, to look up in the ledger. */
    static Set<String> submissionIds(List<Submission> submissions) {
        Set<String> ids = new HashSet<>();
        submissions.stream().map(Submission::submissionId).filter(id -> id != null).forEach(ids::add);
        return ids;
    }

    /** The demands the stored ledger entries of redelivered ids refer to. */
    Set<DemandId> earlierDemandIds() {
        Set<DemandId> ids = new HashSet<>();
        ledger.values().stream().map(ProcessedSubmission::demandId).filter(id -> id != null).forEach(ids::add);
        return ids;
    }

    /** The tickets of the valid submissions. */
    Set<Ticket> tickets() {
        Set<Ticket> tickets = new HashSet<>();
        valid().values().forEach(submission -> tickets.add(submission.ticket()));
        return tickets;
    }

    /** Demands stored before (or by another consumer meanwhile): known by id and by ticket. */
    void know(Collection<Demand> stored) {
        stored.forEach(demand -> {
            demands.put(demand.id(), demand);
            byTicket.put(demand.ticket(), demand);
        });
    }

    /** A new demand for the first valid submission of each ticket that has none yet. */
    List<Demand> newDemands() {
        Map<Ticket, Demand> created = new LinkedHashMap<>();
        valid().forEach((index, submission) -> {
            if (!byTicket.containsKey(submission.ticket()) && !created.containsKey(submission.ticket())) {
                Demand demand = Demand.record(submission.submissionId(), submission.ticket(), submission.details(),
                        now);
                created.put(submission.ticket(), demand);
                creators.put(demand.id(), index);
            }
        });
        return List.copyOf(created.values());
    }

    /** The new demands that were stored: the others lost their ticket to another consumer and are forgotten. */
    void stored(List<Demand> created, Set<DemandId> storedIds) {
        created.stream().filter(demand -> storedIds.contains(demand.id())).forEach(demand -> know(List.of(demand)));
        creators.keySet().retainAll(storedIds);
    }

    /** Decides every submission, in order; answers the outcomes, and leaves the ledger entries and events to store. */
    List<IntakeOutcome> decide() {
        List<IntakeOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            outcomes.add(decide(i));
        }
        return outcomes;
    }

    List<ProcessedSubmission> entries() {
        return entries;
    }

    /** The events, {@link DemandAccepted} and {@link SubmissionRefused}, in the batch's order. */
    List<Object> events() {
        return events;
    }

    private IntakeOutcome decide(int index) {
        Submission submission = submissions.get(index);
        Validation validation = validations.get(index);
        if (validation == null) {
            ProcessedSubmission earlier = ledger.get(submission.submissionId());
            return new IntakeOutcome.Redelivered(earlier,
                    earlier.demandId() == null ? null : demands.get(earlier.demandId()));
        }
        if (validation instanceof Validation.Invalid invalid) {
            String id = usableId(invalid) ? submission.submissionId() : null;
            return refuse(id, submission.sourceSystem(), submission.externalReference(), invalid.reasons());
        }
        ValidSubmission valid = ((Validation.Valid) validation).submission();
        Demand demand = byTicket.get(valid.ticket());
        if (Integer.valueOf(index).equals(creators.get(demand.id()))) {
            remember(valid.submissionId(), Disposition.ACCEPTED, demand);
            events.add(new DemandAccepted(demand));
            return new IntakeOutcome.Accepted(demand);
        }
        if (!demand.hasSameContentAs(valid.details())) {
            return refuse(valid.submissionId(), valid.ticket().sourceSystem(), valid.ticket().externalReference(),
                    List.of(new Reason("externalReference", ReasonCode.CONFLICTING_RESUBMISSION,
                            "this ticket was already submitted with other content as demand " + demand.id())));
        }
        remember(valid.submissionId(), Disposition.DUPLICATE, demand);
        return new IntakeOutcome.Duplicate(demand);
    }

    private IntakeOutcome refuse(String submissionId, String sourceSystem, String reference, List<Reason> reasons) {
        if (submissionId != null) {
            remember(submissionId, Disposition.REJECTED, null);
        }
        events.add(new SubmissionRefused(submissionId, sourceSystem, reference, reasons, now));
        return new IntakeOutcome.Rejected(reasons);
    }

    private void remember(String submissionId, Disposition disposition, Demand demand) {
        ProcessedSubmission entry = new ProcessedSubmission(submissionId, disposition,
                demand == null ? null : demand.id(), now);
        ledger.put(submissionId, entry);
        entries.add(entry);
    }

    /** The valid submissions by index, in order. */
    private Map<Integer, ValidSubmission> valid() {
        Map<Integer, ValidSubmission> valid = new LinkedHashMap<>();
        for (int i = 0; i < validations.size(); i++) {
            if (validations.get(i) instanceof Validation.Valid ok) {
                valid.put(i, ok.submission());
            }
        }
        return valid;
    }

    /** Whether the submission id can be remembered: a refusal for the id itself cannot be. */
    private static boolean usableId(Validation validation) {
        return !(validation instanceof Validation.Invalid invalid)
                || invalid.reasons().stream().noneMatch(reason -> reason.field().equals("submissionId"));
    }
}
