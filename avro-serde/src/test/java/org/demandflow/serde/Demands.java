package org.demandflow.serde;

import java.time.Instant;
import java.util.List;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.DemandType;
import org.demandflow.events.IssuingAuthority;

/** A demand submission as test data. */
final class Demands {

    private Demands() {
    }

    static DemandSubmission submission() {
        return DemandSubmission.newBuilder()
                .setSubmissionId("sub-1")
                .setSourceSystem("ticketing")
                .setExternalReference("T-42")
                .setCustomerId("contoso")
                .setDemandType(DemandType.SUBPOENA)
                .setIssuingAuthority(IssuingAuthority.newBuilder().setAgency("FBI").setCountry("US")
                        .setDocketNumber("1:26-mj-00042").build())
                .setDataCategories(List.of(DataCategory.SUBSCRIBER, DataCategory.NON_CONTENT))
                .setAccountIdentifiers(List.of("alice@contoso.example"))
                .setReceivedAt(Instant.parse("2026-11-28T10:15:30.123Z"))
                .setResponseDueAt(Instant.parse("2026-12-12T00:00:00Z"))
                .setNondisclosureIndicated(true)
                .setNotes("héllo ✓")
                .build();
    }
}
