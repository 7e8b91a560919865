package org.demandflow.review.response;

import static org.demandflow.review.response.ResponseStage.CLOSED;
import static org.demandflow.review.response.ResponseStage.PRODUCTION_REVIEW;
import static org.demandflow.review.response.ResponseStage.REDIRECT_REQUESTED;
import static org.demandflow.review.response.ResponseStage.UNDER_REVIEW;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.demandflow.review.agency.Agency;

/**
 * The aggregate: the response to one demand (redirect first). Every command either changes the response and
 * answers {@link ResponseResult.Changed}, or changes nothing and answers {@link ResponseResult.Refused} naming
 * the stage that refused it. Each change adds the next version to the history and registers a
 * {@link ResponseChanged}; a letter due to a demand without requester e-mail is recorded as withheld.
 */
public final class DemandResponse {

    /** The actor of steps nobody decided: the intake. */
    public static final String SYSTEM = "system";

    private final ResponseDemand demand;
    private final Instant openedAt;
    private final List<RequesterCheck> checks;
    private final List<ResponseEntry> history;
    private final List<Object> events = new ArrayList<>();

    private DemandResponse(ResponseDemand demand, Instant openedAt, List<RequesterCheck> checks,
                           List<ResponseEntry> history) {
        this.demand = demand;
        this.openedAt = openedAt;
        this.checks = new ArrayList<>(checks);
        this.history = new ArrayList<>(history);
    }

    /** Opens the response of a received demand: UNDER_REVIEW, version 1. */
    public static DemandResponse open(ResponseDemand demand, Instant now) {
        DemandResponse opened = new DemandResponse(demand, now, List.of(), List.of());
        opened.step(ResponseAction.RESPONSE_OPENED, SYSTEM, now, UNDER_REVIEW, null, null, null,
                "demand received; under review");
        return opened;
    }

    /** Rebuilds a stored response; its history must hold version 1 at least. */
    public static DemandResponse restore(ResponseDemand demand, Instant openedAt, List<RequesterCheck> checks,
                                         List<ResponseEntry> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a response has at least its first version");
        }
        return new DemandResponse(demand, openedAt, checks, history);
    }

    /** Sends the agency to the customer: only a demand under review that passes its validity checks. */
    public ResponseResult redirect(Validity validity, String note, String actor, Instant now) {
        if (stage() != UNDER_REVIEW) {
            return ResponseResult.conflict("cannot redirect the demand: its response is " + describe());
        }
        if (!validity.isValid()) {
            return ResponseResult.failedChecks("the demand fails its validity checks and cannot be redirected: "
                    + validity.describe(), validity);
        }
        return step(ResponseAction.REDIRECT_REQUESTED, actor, now, REDIRECT_REQUESTED, null, null,
                LetterKind.REDIRECT, note == null || note.isBlank() ? "redirected to the customer" : note);
    }

    /** Closes a demand under review REJECTED, with the reviewer's reason and any failed checks. */
    public ResponseResult reject(Validity validity, String reason, String actor, Instant now) {
        if (stage() != UNDER_REVIEW) {
            return ResponseResult.conflict("cannot reject the demand at validity review: its response is "
                    + describe());
        }
        if (reason == null || reason.isBlank()) {
            return ResponseResult.invalid("a rejection needs a reason");
        }
        String why = validity.isValid() ? reason : reason + " (failed checks: " + validity.describe() + ")";
        return step(ResponseAction.RESPONSE_REJECTED, actor, now, CLOSED, Disposition.REJECTED, null,
                LetterKind.REJECTION, why);
    }

    /** Records the agency's answer to the redirect: it closes the response or moves it to production review. */
    public ResponseResult answer(AgencyAnswer answer, String note, String actor, Instant now) {
        if (stage() != REDIRECT_REQUESTED) {
            return ResponseResult.conflict("no redirect awaits an answer: the response is " + describe());
        }
        return switch (answer) {
            case WILL_SEEK_FROM_CUSTOMER -> step(ResponseAction.AGENCY_ANSWERED, actor, now, CLOSED,
                    Disposition.REDIRECTED, answer, null, note);
            case WITHDRAWN -> step(ResponseAction.AGENCY_ANSWERED, actor, now, CLOSED, Disposition.WITHDRAWN,
                    answer, null, note);
            case INSISTS -> step(ResponseAction.AGENCY_ANSWERED, actor, now, PRODUCTION_REVIEW, null, answer, null,
                    note);
        };
    }

    /** Records the disposition of production review; final (see {@link #correct}). */
    public ResponseResult dispose(Disposition disposition, String reason, String actor, Instant now) {
        if (stage() != PRODUCTION_REVIEW) {
            return ResponseResult.conflict("cannot record a disposition: the response is " + describe()
                    + (stage() == CLOSED ? "; a disposition is final, correct it with a reason instead" : ""));
        }
        Optional<ResponseResult> refusal = DispositionRules.refusalOf(demand, checks, disposition, reason);
        return refusal.orElseGet(() -> step(ResponseAction.DISPOSITION_RECORDED, actor, now, CLOSED, disposition,
                agencyAnswer(), DispositionRules.letterOf(disposition), reason));
    }

    /** Corrects the disposition of a closed response: a new version, with a mandatory reason. */
    public ResponseResult correct(Disposition disposition, String reason, String actor, Instant now) {
        if (stage() != CLOSED) {
            return ResponseResult.conflict("only a closed response can be corrected: it is " + describe());
        }
        if (reason == null || reason.isBlank()) {
            return ResponseResult.invalid("a correction needs a reason");
        }
        if (disposition == disposition()) {
            return ResponseResult.conflict("the response is already closed " + disposition);
        }
        Optional<ResponseResult> refusal = DispositionRules.refusalOf(demand, checks, disposition, reason);
        return refusal.orElseGet(() -> step(ResponseAction.DISPOSITION_CORRECTED, actor, now, CLOSED, disposition,
                agencyAnswer(), DispositionRules.letterOf(disposition), "corrected from " + disposition() + ": "
                        + reason));
    }

    /**
     * Records a check of the requester against the directory's entry of the named agency (if any); a FAILED check
     * closes the response REJECTED. Answers the check's id.
     */
    public ResponseResult recordCheck(CheckRequest request, Optional<Agency> agency, String actor, Instant now) {
        if (stage() == CLOSED) {
            return ResponseResult.conflict("cannot record a requester check: the response is " + describe());
        }
        Optional<ResponseResult> refusal = CheckRules.refusalOf(request, demand, agency);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        RequesterCheck check = new RequesterCheck(UUID.randomUUID().toString(), request.method(), request.result(),
                request.callbackNumber(), request.note(), actor, now, null, null);
        checks.add(check);
        String why = "requester " + request.result() + " by " + request.method()
                + (request.note() == null || request.note().isBlank() ? "" : ": " + request.note());
        if (request.result() == Verification.FAILED) {
            step(ResponseAction.REQUESTER_CHECK_RECORDED, actor, now, CLOSED, Disposition.REJECTED, agencyAnswer(),
                    LetterKind.REJECTION, why);
        } else {
            step(ResponseAction.REQUESTER_CHECK_RECORDED, actor, now, stage(), null, agencyAnswer(), null, why);
        }
        return ResponseResult.changed(check.checkId());
    }

    /** A second reviewer (not the one who recorded it) confirms a VERIFIED check; no version is published. */
    public ResponseResult confirmCheck(String checkId, String actor, Instant now) {
        Optional<RequesterCheck> check = checks.stream().filter(c -> c.checkId().equals(checkId)).findFirst();
        if (check.isEmpty()) {
            return ResponseResult.notFound("the response of demand " + demand.demandId() + " has no check " + checkId);
        }
        Optional<ResponseResult> refusal = CheckRules.refusalOfConfirmation(check.get(), actor);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        RequesterCheck confirmed = check.get().confirmed(actor, now);
        checks.replaceAll(c -> c.checkId().equals(checkId) ? confirmed : c);
        events.add(new RequesterCheckConfirmed(demand.demandId().toString(), confirmed));
        return ResponseResult.changed(checkId);
    }

    private ResponseResult step(ResponseAction action, String actor, Instant now, ResponseStage stage,
                                Disposition disposition, AgencyAnswer answer, LetterKind due, String reason) {
        LetterKind letter = demand.letterIfAddressed(due);
        ResponseEntry entry = new ResponseEntry(history.size() + 1, action, actor, now, stage, disposition, answer,
                verification(), letter, due != null && letter == null, reason);
        history.add(entry);
        events.add(new ResponseChanged(demand.demandId().toString(), demand.customerId(), demand.accountsSpecified(),
                entry));
        return ResponseResult.changed(demand.demandId().toString());
    }

    private String describe() {
        return stage() + (disposition() == null ? "" : " (" + disposition() + ")");
    }

    /** The events registered since the last call ({@link ResponseChanged}, {@link RequesterCheckConfirmed}). */
    public List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public ResponseDemand demand() {
        return demand;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<RequesterCheck> checks() {
        return List.copyOf(checks);
    }

    /** Every version, oldest first. */
    public List<ResponseEntry> history() {
        return List.copyOf(history);
    }

    public ResponseEntry current() {
        return history.get(history.size() - 1);
    }

    public int version() {
        return current().version();
    }

    public ResponseStage stage() {
        return current().stage();
    }

    public Disposition disposition() {
        return current().disposition();
    }

    public AgencyAnswer agencyAnswer() {
        return current().agencyAnswer();
    }

    /** The result of the latest check, or UNVERIFIED. */
    public Verification verification() {
        return checks.isEmpty() ? Verification.UNVERIFIED : checks.get(checks.size() - 1).result();
    }

    /** Whether a letter was due at some version but withheld for want of a requester e-mail. */
    public boolean hasWithheldLetter() {
        return history.stream().anyMatch(ResponseEntry::letterWithheld);
    }
}
