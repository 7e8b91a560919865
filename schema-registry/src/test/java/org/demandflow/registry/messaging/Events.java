package org.demandflow.registry.messaging;

import java.time.Instant;
import java.util.List;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandType;
import org.demandflow.events.Executive;
import org.demandflow.events.IssuingAuthority;

/** Contract records as test data. */
final class Events {

    private Events() {
    }

    static DemandReceived demand(String demandId) {
        return DemandReceived.newBuilder()
                .setDemandId(demandId)
                .setSubmissionId("sub-1")
                .setSourceSystem("ticketing")
                .setExternalReference("T-42")
                .setCustomerId("contoso")
                .setDemandType(DemandType.SUBPOENA)
                .setIssuingAuthority(IssuingAuthority.newBuilder().setAgency("FBI").setCountry("US").build())
                .setDataCategories(List.of(DataCategory.SUBSCRIBER, DataCategory.CONTENT))
                .setAccountIdentifiers(List.of("alice@contoso.example"))
                .setReceivedAt(Instant.parse("2026-11-28T10:15:30.123Z"))
                .setResponseDueAt(Instant.parse("2026-12-12T00:00:00Z"))
                .setNondisclosureIndicated(true)
                .build();
    }

    static CustomerExecutives executives(String customerId) {
        return CustomerExecutives.newBuilder()
                .setCustomerId(customerId)
                .setExecutives(List.of(Executive.newBuilder().setName("Ada").setTitle("General Counsel")
                        .setEmail("ada@contoso.example").setLegalNoticeContact(true).setSecrecyCarveOutApproved(false).build()))
                .setUpdatedAt(Instant.parse("2026-11-28T09:00:00Z"))
                .build();
    }
}
