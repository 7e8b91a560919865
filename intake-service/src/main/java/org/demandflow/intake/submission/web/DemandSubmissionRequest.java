package org.demandflow.intake.submission.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.demandflow.contracts.submission.Submission;

/**
 * The body of {@code POST /api/v1/demands}: the JSON shape of the Avro {@code DemandSubmission}
 * (instants as RFC 3339 text). {@code submissionId} may be omitted (one is generated);
 * {@code sourceSystem} defaults to {@value #MANUAL}. Enum values are taken as text so that an
 * unknown one is answered with a reason, like every other invalid value.
 */
public record DemandSubmissionRequest(String submissionId, String sourceSystem, String externalReference,
        String customerId, String demandType, Authority issuingAuthority, List<String> dataCategories,
        List<String> accountIdentifiers, Instant receivedAt, Instant responseDueAt, Boolean nondisclosureIndicated,
        String notes) {

    static final String MANUAL = "manual-rest";

    /** The issuing authority of the demand. */
    public record Authority(String agency, String country, String court, String docketNumber,
            String requesterName, String requesterEmail) {
    }

    Submission toSubmission() {
        Submission.Authority authority = issuingAuthority == null ? null : new Submission.Authority(
                issuingAuthority.agency(), issuingAuthority.country(), issuingAuthority.court(),
                issuingAuthority.docketNumber(), issuingAuthority.requesterName(), issuingAuthority.requesterEmail());
        return new Submission(submissionId == null ? UUID.randomUUID().toString() : submissionId,
                sourceSystem == null ? MANUAL : sourceSystem, externalReference, customerId, demandType, authority,
                dataCategories, accountIdentifiers, receivedAt, responseDueAt, nondisclosureIndicated, notes);
    }
}
