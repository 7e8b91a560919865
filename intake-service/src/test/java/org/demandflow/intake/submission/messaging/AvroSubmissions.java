package org.demandflow.intake.submission.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.DemandType;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.intake.support.IntakeIntegrationTest;

/** Valid Avro submissions, one new ticket each, received before {@link IntakeIntegrationTest#NOW}. */
final class AvroSubmissions {

    private AvroSubmissions() {
    }

    static DemandSubmission.Builder valid() {
        Instant received = IntakeIntegrationTest.NOW.minus(2, ChronoUnit.HOURS);
        return DemandSubmission.newBuilder().setSubmissionId("sub-" + UUID.randomUUID())
                .setSourceSystem("ticketing").setExternalReference("LE-" + UUID.randomUUID())
                .setCustomerId("fabrikam").setDemandType(DemandType.COURT_ORDER)
                .setIssuingAuthority(IssuingAuthority.newBuilder().setAgency("Staatsanwaltschaft Berlin")
                        .setCountry("DE").setCourt("Amtsgericht Tiergarten").setDocketNumber("351 Gs 12/26")
                        .setRequesterEmail("poststelle@sta.berlin.example.de").build())
                .setDataCategories(List.of(DataCategory.SUBSCRIBER, DataCategory.NON_CONTENT))
                .setAccountIdentifiers(List.of("ceo@fabrikam.example"))
                .setReceivedAt(received).setResponseDueAt(received.plus(10, ChronoUnit.DAYS))
                .setNondisclosureIndicated(true).setNotes(null);
    }
}
