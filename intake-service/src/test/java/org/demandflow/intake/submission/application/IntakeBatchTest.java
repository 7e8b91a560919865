package org.demandflow.intake.submission.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.DemandAccepted;
import org.demandflow.intake.submission.Disposition;
import org.demandflow.intake.submission.IntakeOutcome;
import org.demandflow.intake.submission.ProcessedSubmission;
import org.demandflow.contracts.submission.ReasonCode;
import org.demandflow.contracts.submission.Submission;
import org.demandflow.intake.submission.SubmissionFixture;
import org.demandflow.intake.submission.SubmissionRefused;
import org.demandflow.intake.submission.SubmissionValidator;
import org.demandflow.intake.submission.ValidSubmission;
import org.demandflow.intake.submission.Validation;
import org.junit.jupiter.api.Test;

class IntakeBatchTest {

    private final SubmissionValidator validator = new SubmissionValidator(
            Clock.fixed(SubmissionFixture.NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

    private static Submission submission(String id, String reference, String notes) {
        SubmissionFixture fixture = new SubmissionFixture();
        fixture.submissionId = id;
        fixture.externalReference = reference;
        fixture.notes = notes;
        return fixture.build();
    }

    /** Decides the batch as {@link SubmissionIntake} does, with nothing stored and every new demand stored. */
    private IntakeBatch decided(List<Submission> submissions, List<IntakeOutcome> outcomes) {
        IntakeBatch batch = new IntakeBatch(submissions, Map.of(), validator, SubmissionFixture.NOW);
        List<Demand> created = batch.newDemands();
        batch.stored(created, Set.copyOf(created.stream().map(Demand::id).toList()));
        outcomes.addAll(batch.decide());
        return batch;
    }

    @Test
    void the_same_submission_twice_in_a_batch_is_taken_once_and_then_redelivered() {
        List<IntakeOutcome> outcomes = new ArrayList<>();
        IntakeBatch batch = decided(List.of(submission("sub-1", "LE-1", "a"), submission("sub-1", "LE-1", "a")),
                outcomes);

        assertThat(outcomes.get(0)).isInstanceOf(IntakeOutcome.Accepted.class);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(IntakeOutcome.Redelivered.class,
                redelivered -> assertThat(redelivered.demand()).isEqualTo(((IntakeOutcome.Accepted) outcomes.get(0))
                        .demand()));
        assertThat(batch.entries()).extracting(ProcessedSubmission::submissionId).containsExactly("sub-1");
        assertThat(batch.events()).hasSize(1).allMatch(DemandAccepted.class::isInstance);
    }

    @Test
    void the_same_ticket_twice_in_a_batch_is_a_duplicate_with_the_same_content_and_a_conflict_with_other_content() {
        List<IntakeOutcome> outcomes = new ArrayList<>();
        IntakeBatch batch = decided(List.of(submission("sub-1", "LE-1", "a"), submission("sub-2", "LE-1", "a"),
                submission("sub-3", "LE-1", "other")), outcomes);

        assertThat(outcomes.get(0)).isInstanceOf(IntakeOutcome.Accepted.class);
        assertThat(outcomes.get(1)).isInstanceOf(IntakeOutcome.Duplicate.class);
        assertThat(outcomes.get(2)).isInstanceOfSatisfying(IntakeOutcome.Rejected.class,
                rejected -> assertThat(rejected.reasons()).extracting(reason -> reason.code())
                        .containsExactly(ReasonCode.CONFLICTING_RESUBMISSION));
        assertThat(batch.entries()).extracting(ProcessedSubmission::disposition)
                .containsExactly(Disposition.ACCEPTED, Disposition.DUPLICATE, Disposition.REJECTED);
        assertThat(batch.events()).hasSize(2).element(1).isInstanceOf(SubmissionRefused.class);
    }

    @Test
    void a_ticket_another_consumer_stored_meanwhile_is_decided_against_that_demand() {
        Submission ours = submission("sub-1", "LE-1", "a");
        ValidSubmission same = valid(ours);
        Demand theirs = Demand.record("sub-other", same.ticket(), same.details(), SubmissionFixture.NOW);
        IntakeBatch batch = new IntakeBatch(List.of(ours), Map.of(), validator, SubmissionFixture.NOW);
        List<Demand> created = batch.newDemands();

        batch.stored(created, Set.of());
        batch.know(List.of(theirs));

        assertThat(batch.decide()).singleElement().isEqualTo(new IntakeOutcome.Duplicate(theirs));
        assertThat(batch.events()).isEmpty();
    }

    @Test
    void a_redelivered_id_stored_before_does_nothing() {
        ProcessedSubmission earlier = new ProcessedSubmission("sub-1", Disposition.REJECTED, null,
                SubmissionFixture.NOW.minusSeconds(60));
        IntakeBatch batch = new IntakeBatch(List.of(submission("sub-1", "LE-1", "a")), Map.of("sub-1", earlier),
                validator, SubmissionFixture.NOW);

        assertThat(batch.newDemands()).isEmpty();
        assertThat(batch.decide()).singleElement().isEqualTo(new IntakeOutcome.Redelivered(earlier, null));
        assertThat(batch.entries()).isEmpty();
        assertThat(batch.events()).isEmpty();
    }

    private ValidSubmission valid(Submission submission) {
        return ((Validation.Valid) validator.validate(submission)).submission();
    }
}
