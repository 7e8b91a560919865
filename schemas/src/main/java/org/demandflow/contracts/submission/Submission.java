package org.demandflow.contracts.submission;

import java.time.Instant;
import java.util.List;

/**
 * A demand submission as it arrived, before validation: any value may be missing, blank,
 * too long or unknown (enum values are kept as text so that an unknown one can be named).
 */
public record Submission(String submissionId, String sourceSystem, String externalReference, String customerId,
        String demandType, Authority issuingAuthority, List<String> dataCategories, List<String> accountIdentifiers,
        Instant receivedAt, Instant responseDueAt, Boolean nondisclosureIndicated, String notes) {

    /** The issuing authority as submitted. */
    public record Authority(String agency, String country, String court, String docketNumber,
            String requesterName, String requesterEmail) {
    }
}
