package org.demandflow.perf.load;

import java.time.Instant;
import java.util.List;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.DemandType;
import org.demandflow.events.IssuingAuthority;

/**
 * Valid {@code DemandSubmission}s for the demo customer {@code contoso}, without a secrecy order indicated
 * (so one reviewer's "no secrecy order" clears them), each with a submission id of its own.
 */
public final class Submissions {

    private static final String SOURCE = "perf";

    private Submissions() {
    }

    /** The submission {@code id}, its external reference the id too. */
    public static DemandSubmission of(String id) {
        return DemandSubmission.newBuilder()
                .setSubmissionId(id)
                .setSourceSystem(SOURCE)
                .setExternalReference(id)
                .setCustomerId("contoso")
                .setDemandType(DemandType.SUBPOENA)
                .setIssuingAuthority(IssuingAuthority.newBuilder().setAgency("FBI").setCountry("US").build())
                .setDataCategories(List.of(DataCategory.SUBSCRIBER))
                .setAccountIdentifiers(List.of("ceo@contoso.example"))
                .setReceivedAt(Instant.parse("2026-11-28T09:00:00Z"))
                .setNondisclosureIndicated(false)
                .build();
    }
}
