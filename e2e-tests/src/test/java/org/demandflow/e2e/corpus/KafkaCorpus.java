package org.demandflow.e2e.corpus;

import static org.demandflow.e2e.corpus.KafkaInputs.accounts;
import static org.demandflow.e2e.corpus.KafkaInputs.categories;
import static org.demandflow.e2e.corpus.KafkaInputs.farFuture;
import static org.demandflow.e2e.corpus.KafkaInputs.repeat;

import java.time.Instant;
import java.util.List;
import org.demandflow.contracts.DeadLetterTopics;
import org.demandflow.e2e.corpus.KafkaCase.DeadLettered;
import org.demandflow.e2e.corpus.KafkaCase.Ignored;
import org.demandflow.e2e.corpus.KafkaCase.Rejected;
import org.demandflow.e2e.support.Stack;

/** The Kafka half of the corpus: each row a bad record and the answer the services document for it. */
final class KafkaCorpus {

    private static final String SUBMISSIONS = KafkaInputs.SUBMISSIONS;
    private static final DeadLettered SUBMISSION_DLT = new DeadLettered(DeadLetterTopics.DEMAND_SUBMISSIONS);

    private KafkaCorpus() {
    }

    static List<KafkaCase> cases() {
        return List.of(
                // undecodable: the dead-letter topic, original bytes, no retries
                new KafkaCase("wrong magic byte", SUBMISSIONS, in -> in.damaged(f -> Frames.withMagicByte(f, 1)), SUBMISSION_DLT),
                new KafkaCase("unknown schema id", SUBMISSIONS, in -> in.damaged(f -> Frames.withSchemaId(f, 987_654)), SUBMISSION_DLT),
                new KafkaCase("truncated Avro", SUBMISSIONS, in -> in.damaged(f -> Frames.truncated(f, f.length / 2)), SUBMISSION_DLT),
                new KafkaCase("only the magic byte", SUBMISSIONS, in -> in.damaged(f -> Frames.truncated(f, 1)), SUBMISSION_DLT),
                new KafkaCase("header without a body", SUBMISSIONS, in -> in.damaged(f -> Frames.truncated(f, 5)), SUBMISSION_DLT),
                new KafkaCase("empty value", SUBMISSIONS, in -> in.bytes(new byte[0]), SUBMISSION_DLT),
                new KafkaCase("JSON instead of Avro", SUBMISSIONS, in -> in.text("{\"submissionId\": \"json\"}"), SUBMISSION_DLT),
                new KafkaCase("random bytes", SUBMISSIONS, in -> in.bytes(Frames.filled(64, 0xA5)), SUBMISSION_DLT),
                new KafkaCase("900 KB of garbage", SUBMISSIONS, in -> in.bytes(Frames.filled(900_000, 0x7F)), SUBMISSION_DLT),
                new KafkaCase("missing required fields (partial writer schema)", SUBMISSIONS, KafkaInputs::partial, SUBMISSION_DLT),
                new KafkaCase("a record of another contract (wrong schema)", SUBMISSIONS, KafkaInputs::otherContract, SUBMISSION_DLT),
                new KafkaCase("tombstone (null value)", SUBMISSIONS, in -> in.bytes(null), new Ignored()),
                // decodable but invalid: a SubmissionRejected with every reason
                new KafkaCase("empty sourceSystem", SUBMISSIONS, in -> in.submission(s -> s.setSourceSystem("")),
                        new Rejected("sourceSystem", "BLANK_OR_UNTRIMMED")),
                new KafkaCase("blank submissionId", SUBMISSIONS, in -> in.submission(s -> s.setSubmissionId(" ")),
                        new Rejected("submissionId", "BLANK_OR_UNTRIMMED")),
                new KafkaCase("untrimmed externalReference", SUBMISSIONS,
                        in -> in.submission(s -> s.setExternalReference(" LE-1 ")), new Rejected("externalReference", "BLANK_OR_UNTRIMMED")),
                new KafkaCase("oversize customerId", SUBMISSIONS, in -> in.submission(s -> s.setCustomerId(repeat('c', 101))),
                        new Rejected("customerId", "TOO_LONG")),
                new KafkaCase("oversize agency", SUBMISSIONS,
                        in -> in.submission(s -> s.getIssuingAuthority().setAgency(repeat('a', 201))), new Rejected("issuingAuthority.agency", "TOO_LONG")),
                new KafkaCase("oversize notes (500 KB)", SUBMISSIONS, in -> in.submission(s -> s.setNotes(repeat('n', 500_000))),
                        new Rejected("notes", "TOO_LONG")),
                new KafkaCase("501 account identifiers", SUBMISSIONS, in -> in.submission(s -> s.setAccountIdentifiers(accounts(501))),
                        new Rejected("accountIdentifiers", "TOO_MANY")),
                new KafkaCase("13 data categories", SUBMISSIONS, in -> in.submission(s -> s.setDataCategories(categories(13))),
                        new Rejected("dataCategories", "TOO_MANY")),
                new KafkaCase("no account identifier", SUBMISSIONS, in -> in.submission(s -> s.setAccountIdentifiers(List.of())),
                        new Rejected("accountIdentifiers", "EMPTY")),
                new KafkaCase("no data category", SUBMISSIONS, in -> in.submission(s -> s.setDataCategories(List.of())),
                        new Rejected("dataCategories", "EMPTY")),
                new KafkaCase("blank account identifier", SUBMISSIONS, in -> in.submission(s -> s.setAccountIdentifiers(List.of("ok", " "))),
                        new Rejected("accountIdentifiers[1]", "BLANK_OR_UNTRIMMED")),
                new KafkaCase("unknown country XX", SUBMISSIONS, in -> in.submission(s -> s.getIssuingAuthority().setCountry("XX")),
                        new Rejected("issuingAuthority.country", "INVALID_COUNTRY")),
                new KafkaCase("lower-case country", SUBMISSIONS, in -> in.submission(s -> s.getIssuingAuthority().setCountry("us")),
                        new Rejected("issuingAuthority.country", "INVALID_COUNTRY")),
                new KafkaCase("three-letter country", SUBMISSIONS, in -> in.submission(s -> s.getIssuingAuthority().setCountry("USA")),
                        new Rejected("issuingAuthority.country", "INVALID_COUNTRY")),
                new KafkaCase("e-mail without @", SUBMISSIONS,
                        in -> in.submission(s -> s.getIssuingAuthority().setRequesterEmail("agent.fbi.example")),
                        new Rejected("issuingAuthority.requesterEmail", "INVALID_EMAIL")),
                new KafkaCase("e-mail with one domain label", SUBMISSIONS,
                        in -> in.submission(s -> s.getIssuingAuthority().setRequesterEmail("agent@localhost")),
                        new Rejected("issuingAuthority.requesterEmail", "INVALID_EMAIL")),
                new KafkaCase("e-mail with a script in it", SUBMISSIONS,
                        in -> in.submission(s -> s.getIssuingAuthority().setRequesterEmail("<script>@x.example")),
                        new Rejected("issuingAuthority.requesterEmail", "INVALID_EMAIL")),
                new KafkaCase("received in the year 9999", SUBMISSIONS, in -> in.submission(s -> {
                    s.setReceivedAt(farFuture());
                    s.setResponseDueAt(null);
                }), new Rejected("receivedAt", "IN_FUTURE")),
                new KafkaCase("response due before receipt", SUBMISSIONS,
                        in -> in.submission(s -> s.setResponseDueAt(s.getReceivedAt().minusSeconds(3600))),
                        new Rejected("responseDueAt", "NOT_AFTER_RECEIVED")),
                new KafkaCase("received 292 million years ago (out of PostgreSQL's range)", SUBMISSIONS,
                        in -> in.submission(s -> s.setReceivedAt(Instant.ofEpochMilli(Long.MIN_VALUE / 2))),
                        new Rejected("receivedAt", "OUT_OF_RANGE")),
                new KafkaCase("NUL character in customerId", SUBMISSIONS, in -> in.submission(s -> s.setCustomerId("cust\u0000omer")),
                        new Rejected("customerId", "CONTROL_CHARACTER")),
                new KafkaCase("same ticket, other content", SUBMISSIONS, KafkaInputs::conflictingResubmission,
                        new Rejected("externalReference", "CONFLICTING_RESUBMISSION")),
                // the other consumed topics: undecodable records go to their dead-letter topics
                new KafkaCase("garbage on demands (both consumers)", "demands", in -> in.bytes(Frames.filled(32, 0x00)),
                        new DeadLettered(DeadLetterTopics.DEMANDS, Stack.NOTIFICATION_DEMANDS_DLT)),
                new KafkaCase("wrong magic byte on demand-secrecy-status", "demand-secrecy-status",
                        in -> in.damaged(f -> Frames.withMagicByte(f, 9)), new DeadLettered(DeadLetterTopics.DEMAND_SECRECY_STATUS)),
                new KafkaCase("a submission on demand-secrecy-status (wrong schema)", "demand-secrecy-status",
                        in -> in.submission(s -> { }), new DeadLettered(DeadLetterTopics.DEMAND_SECRECY_STATUS)),
                new KafkaCase("truncated record on customer-executives", "customer-executives",
                        in -> in.damaged(f -> Frames.truncated(f, 7)), new DeadLettered(DeadLetterTopics.CUSTOMER_EXECUTIVES)),
                new KafkaCase("garbage on demand-responses", "demand-responses", in -> in.bytes(Frames.filled(32, 0x00)),
                        new DeadLettered(DeadLetterTopics.DEMAND_RESPONSES)),
                new KafkaCase("a submission on demand-responses (wrong schema)", "demand-responses",
                        in -> in.submission(s -> { }), new DeadLettered(DeadLetterTopics.DEMAND_RESPONSES)));
    }
}
