package org.demandflow.notification.support;

import java.time.Instant;
import java.util.List;
import org.demandflow.events.AgencyLetterKind;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DelayedNotice;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.DemandType;
import org.demandflow.events.Executive;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.events.RequesterVerification;
import org.demandflow.events.ResponseDisposition;
import org.demandflow.events.ResponseStage;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;

/** The contracts' records as upstream services would publish them, for contoso's demands. */
public final class AvroRecords {

    private AvroRecords() {
    }

    public static CustomerExecutives contosoExecutives() {
        return CustomerExecutives.newBuilder()
                .setCustomerId(Fixtures.CUSTOMER)
                .setExecutives(Fixtures.contoso().executives().stream()
                        .map(executive -> Executive.newBuilder().setName(executive.name()).setTitle(executive.title())
                                .setEmail(executive.email()).setLegalNoticeContact(executive.legalNoticeContact())
                                .setSecrecyCarveOutApproved(executive.secrecyCarveOutApproved()).build())
                        .toList())
                .setUpdatedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .build();
    }

    public static DemandReceived demandReceived(String demandId, String customerId) {
        return DemandReceived.newBuilder()
                .setDemandId(demandId)
                .setSubmissionId("sub-" + demandId)
                .setSourceSystem("ticketing")
                .setExternalReference("T-" + demandId)
                .setCustomerId(customerId)
                .setDemandType(DemandType.SEARCH_WARRANT)
                .setIssuingAuthority(IssuingAuthority.newBuilder().setAgency("FBI").setCountry("US")
                        .setCourt("W.D. Wash.").setDocketNumber("MJ-26-117").setRequesterName("Agent Smith")
                        .setRequesterEmail("smith@fbi.example").build())
                .setDataCategories(List.of(DataCategory.SUBSCRIBER, DataCategory.CONTENT))
                .setAccountIdentifiers(List.of("secret-account@contoso.example"))
                .setReceivedAt(Fixtures.RECEIVED)
                .setResponseDueAt(null)
                .setNondisclosureIndicated(true)
                .build();
    }

    /** A demand whose issuing authority names no requester e-mail. */
    public static DemandReceived demandWithoutRequesterEmail(String demandId, String customerId) {
        DemandReceived demand = demandReceived(demandId, customerId);
        demand.getIssuingAuthority().setRequesterEmail(null);
        return demand;
    }

    /** A response version of contoso's demand, as order review publishes it. */
    public static DemandResponseChanged response(String demandId, int version, ResponseStage stage,
                                                 ResponseDisposition disposition, AgencyLetterKind letter) {
        return DemandResponseChanged.newBuilder()
                .setDemandId(demandId)
                .setCustomerId(Fixtures.CUSTOMER)
                .setVersion(version)
                .setStage(stage)
                .setDisposition(disposition)
                .setRequesterVerification(RequesterVerification.VERIFIED)
                .setAccountsSpecified(1)
                .setLetter(letter)
                .setReason(letter == AgencyLetterKind.REJECTION ? "no lawful basis for content" : null)
                .setEffectiveAt(Instant.now())
                .build();
    }

    public static SecrecyStatusChanged status(String demandId, String customerId, int version, SecrecyStatus status,
                                              boolean delayEnded, String... permitted) {
        return SecrecyStatusChanged.newBuilder()
                .setDemandId(demandId)
                .setCustomerId(customerId)
                .setVersion(version)
                .setStatus(status)
                .setReason("reviewed")
                .setPermittedRecipients(List.of(permitted))
                .setDelayedNotice(delayEnded ? DelayedNotice.newBuilder().setAuthority("USC_2705A")
                        .setCourt("W.D. Wash.").setDocketNumber("MJ-26-117")
                        .setIssuedAt(Fixtures.DELAY.issuedAt()).setEndedAt(Fixtures.DELAY.endedAt()).build() : null)
                .setEffectiveAt(Instant.now())
                .build();
    }
}
