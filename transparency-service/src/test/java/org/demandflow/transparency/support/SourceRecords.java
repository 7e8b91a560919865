package org.demandflow.transparency.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.CustomerNoticeKind;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.DemandType;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.events.NoticeOutcome;
import org.demandflow.events.NoticeScope;
import org.demandflow.events.OrderChallengeOutcome;
import org.demandflow.events.RequesterVerification;
import org.demandflow.events.ResponseDisposition;
import org.demandflow.events.ResponseStage;
import org.demandflow.events.SecrecyOrderAuthority;
import org.demandflow.events.SecrecyOrderChanged;
import org.demandflow.events.SecrecyOrderScope;
import org.demandflow.events.SecrecyOrderState;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.testsupport.kafka.KafkaTestClient;

/** The five source contracts as upstream services publish them, and sending a whole demand's story at once. */
public final class SourceRecords {

    private SourceRecords() {
    }

    public static String newDemandId() {
        return UUID.randomUUID().toString();
    }

    public static DemandReceived demand(String demandId, DemandType type, String country, Instant receivedAt) {
        return DemandReceived.newBuilder().setDemandId(demandId).setSubmissionId("sub-" + demandId)
                .setSourceSystem("ticketing").setExternalReference("T-" + demandId).setCustomerId("contoso")
                .setDemandType(type)
                .setIssuingAuthority(IssuingAuthority.newBuilder().setAgency("Agency").setCountry(country)
                        .setRequesterName("Agent Smith").setRequesterEmail("smith@agency.example").build())
                .setDataCategories(List.of(DataCategory.CONTENT))
                .setAccountIdentifiers(List.of("someone@contoso.example", "other@contoso.example"))
                .setReceivedAt(receivedAt).setResponseDueAt(null).setNondisclosureIndicated(false).build();
    }

    public static SecrecyStatusChanged status(String demandId, int version, SecrecyStatus status, Instant at) {
        return SecrecyStatusChanged.newBuilder().setDemandId(demandId).setCustomerId("contoso").setVersion(version)
                .setStatus(status).setReason("review").setPermittedRecipients(List.of()).setDelayedNotice(null)
                .setEffectiveAt(at).build();
    }

    public static DemandResponseChanged closed(String demandId, int version, ResponseDisposition disposition,
                                               Instant at) {
        return DemandResponseChanged.newBuilder().setDemandId(demandId).setCustomerId("contoso").setVersion(version)
                .setStage(ResponseStage.CLOSED).setDisposition(disposition)
                .setRequesterVerification(RequesterVerification.VERIFIED).setAccountsSpecified(2).setAgencyAnswer(null)
                .setLetter(null).setReason(null).setEffectiveAt(at).build();
    }

    public static SecrecyOrderChanged order(String demandId, String orderId, int version, SecrecyOrderAuthority authority,
                                            SecrecyOrderState state, Instant issuedAt, Instant endsAt, Instant at) {
        return SecrecyOrderChanged.newBuilder().setDemandId(demandId).setCustomerId("contoso").setOrderId(orderId)
                .setVersion(version).setAuthority(authority).setScope(SecrecyOrderScope.FULL).setIssuedAt(issuedAt)
                .setEndsAt(endsAt).setExpiresOn(null).setTimeZone(null).setState(state).setChallenged(false)
                .setChallengeOutcome((OrderChallengeOutcome) null).setEffectiveAt(at).build();
    }

    public static CustomerNotice sent(String demandId, Instant at) {
        return CustomerNotice.newBuilder().setNoticeId(UUID.randomUUID().toString()).setDemandId(demandId)
                .setCustomerId("contoso").setRecipientEmail("ciso@contoso.example").setScope(NoticeScope.ALL_CONTACTS)
                .setStatusVersion(2).setOutcome(NoticeOutcome.SENT).setReason(null).setOccurredAt(at)
                .setKind(CustomerNoticeKind.DEMAND).build();
    }

    /**
     * A demand received at that instant, CLEARED a day later and closed as disclosed (non-content) two days later,
     * its customer notified the same day: counted exactly in its period's report.
     */
    public static String sendClearedDemand(KafkaTestClient kafka, DemandType type, String country, Instant received) {
        String id = newDemandId();
        kafka.send("demands", id, demand(id, type, country, received));
        kafka.send("demand-secrecy-status", id, status(id, 1, SecrecyStatus.PENDING_REVIEW, received));
        kafka.send("demand-secrecy-status", id, status(id, 2, SecrecyStatus.CLEARED, received.plusSeconds(86_400)));
        kafka.send("demand-responses", id, closed(id, 1, ResponseDisposition.DISCLOSED_NON_CONTENT,
                received.plusSeconds(2 * 86_400)));
        kafka.send("customer-notices", id, sent(id, received.plusSeconds(86_400 + 60)));
        return id;
    }

    /** A demand received at that instant and RESTRICTED by an order without an end: withheld in its period. */
    public static String sendRestrictedDemand(KafkaTestClient kafka, DemandType type, String country, Instant received,
                                              SecrecyOrderAuthority authority) {
        String id = newDemandId();
        kafka.send("demands", id, demand(id, type, country, received));
        kafka.send("demand-secrecy-status", id, status(id, 1, SecrecyStatus.PENDING_REVIEW, received));
        kafka.send("secrecy-orders", id, order(id, "order-" + id, 1, authority, SecrecyOrderState.ACTIVE, received,
                null, received.plusSeconds(3_600)));
        kafka.send("demand-secrecy-status", id, status(id, 2, SecrecyStatus.RESTRICTED, received.plusSeconds(3_600)));
        return id;
    }
}
