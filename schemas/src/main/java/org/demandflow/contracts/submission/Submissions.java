package org.demandflow.contracts.submission;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.IssuingAuthority;

/**
 * Offline validation of a {@code DemandSubmission} record before it is published: the reasons intake-service would
 * reject it for (same fields, codes and messages), as far as the record alone decides. What needs Demandflow's own
 * records (a ticket already submitted with other content: {@link ReasonCode#CONFLICTING_RESUBMISSION}; a submission
 * id used before) is decided only by intake.
 */
public final class Submissions {

    private Submissions() {
    }

    /** The reasons, checked against this machine's clock with intake's default clock skew; empty when valid. */
    public static List<Reason> validate(DemandSubmission record) {
        return validate(record, Clock.systemUTC(), SubmissionRules.DEFAULT_CLOCK_SKEW);
    }

    /** The reasons, checked against the given clock and clock skew; empty when valid. */
    public static List<Reason> validate(DemandSubmission record, Clock clock, Duration clockSkew) {
        return new SubmissionRules(clock, clockSkew).check(of(record));
    }

    /** The record's values as a {@link Submission} (intake reads a record so); any value may be missing. */
    public static Submission of(DemandSubmission record) {
        IssuingAuthority authority = record.getIssuingAuthority();
        return new Submission(record.getSubmissionId(), record.getSourceSystem(), record.getExternalReference(),
                record.getCustomerId(), name(record.getDemandType()), authority == null ? null
                        : new Submission.Authority(authority.getAgency(), authority.getCountry(),
                                authority.getCourt(), authority.getDocketNumber(), authority.getRequesterName(),
                                authority.getRequesterEmail()),
                record.getDataCategories() == null ? null
                        : record.getDataCategories().stream().map(Submissions::name).toList(),
                record.getAccountIdentifiers() == null ? null : record.getAccountIdentifiers().stream().toList(),
                record.getReceivedAt(), record.getResponseDueAt(), record.getNondisclosureIndicated(),
                record.getNotes());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
