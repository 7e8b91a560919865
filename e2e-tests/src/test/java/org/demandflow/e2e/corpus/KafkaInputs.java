package org.demandflow.e2e.corpus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.demandflow.e2e.corpus.KafkaCase.Bad;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Events;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandSubmission;

/** Makes the corpus's records: valid submissions bent one way each, and frames broken one way each. */
final class KafkaInputs {

    static final String SUBMISSIONS = "demand-submissions";

    private final Frames frames;
    private final Events events;

    KafkaInputs(Frames frames, Events events) {
        this.frames = frames;
        this.events = events;
    }

    /** A valid submission changed by the edit, as a whole frame. */
    Bad submission(Consumer<DemandSubmission> edit) {
        DemandSubmission submission = Demands.submission(Demands.newCustomer());
        edit.accept(submission);
        String id = submission.getSubmissionId();
        return new Bad(id.isBlank() ? "blank-" + UUID.randomUUID() : id, frames.frame(SUBMISSIONS, submission), id,
                submission.getExternalReference());
    }

    /** A valid submission's frame, damaged by the function. */
    Bad damaged(java.util.function.UnaryOperator<byte[]> damage) {
        DemandSubmission submission = Demands.submission(Demands.newCustomer());
        return Bad.raw("bad-" + UUID.randomUUID(), damage.apply(frames.frame(SUBMISSIONS, submission)));
    }

    Bad bytes(byte[] value) {
        return Bad.raw("bad-" + UUID.randomUUID(), value);
    }

    Bad text(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A record of another contract, framed with that contract's schema id. */
    Bad otherContract() {
        String customer = Demands.newCustomer();
        return Bad.raw("bad-" + UUID.randomUUID(), frames.frame("customer-executives", Demands.directory(customer)));
    }

    Bad partial() {
        return Bad.raw("bad-" + UUID.randomUUID(), frames.partialSubmission(UUID.randomUUID().toString()));
    }

    /** A submission that repeats a ticket already taken in (sent and accepted first), with other content. */
    Bad conflictingResubmission() {
        DemandSubmission earlier = Demands.submission(Demands.newCustomer());
        events.send(SUBMISSIONS, earlier.getSubmissionId(), earlier);
        events.await("demands", DemandReceived.class, d -> d.getSubmissionId().equals(earlier.getSubmissionId()));
        return submission(s -> {
            s.setSourceSystem(earlier.getSourceSystem());
            s.setExternalReference(earlier.getExternalReference());
            s.setCustomerId(earlier.getCustomerId());
            s.setNotes("other content than the first time");
        });
    }

    static String repeat(char c, int times) {
        return String.valueOf(c).repeat(times);
    }

    static List<String> accounts(int count) {
        return Collections.nCopies(count, "acct").stream().map(a -> a + UUID.randomUUID()).toList();
    }

    static List<DataCategory> categories(int count) {
        return Collections.nCopies(count, DataCategory.CONTENT);
    }

    static Instant farFuture() {
        return Instant.parse("9999-12-31T00:00:00Z");
    }
}
