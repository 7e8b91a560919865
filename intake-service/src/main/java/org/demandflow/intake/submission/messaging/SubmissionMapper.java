package org.demandflow.intake.submission.messaging;

import java.util.List;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.intake.submission.Submission;

/** Turns an Avro {@code DemandSubmission} into the domain's unvalidated {@link Submission}. */
final class SubmissionMapper {

    private SubmissionMapper() {
    }

    static Submission toSubmission(DemandSubmission avro) {
        IssuingAuthority authority = avro.getIssuingAuthority();
        return new Submission(avro.getSubmissionId(), avro.getSourceSystem(), avro.getExternalReference(),
                avro.getCustomerId(), name(avro.getDemandType()), authority == null ? null
                        : new Submission.Authority(authority.getAgency(), authority.getCountry(),
                                authority.getCourt(), authority.getDocketNumber(), authority.getRequesterName(),
                                authority.getRequesterEmail()),
                avro.getDataCategories() == null ? null : avro.getDataCategories().stream().map(SubmissionMapper::name)
                        .toList(),
                avro.getAccountIdentifiers() == null ? null : List.copyOf(avro.getAccountIdentifiers()),
                avro.getReceivedAt(), avro.getResponseDueAt(), avro.getNondisclosureIndicated(), avro.getNotes());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
