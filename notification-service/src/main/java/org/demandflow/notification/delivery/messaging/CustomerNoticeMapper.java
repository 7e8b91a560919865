package org.demandflow.notification.delivery.messaging;

import org.demandflow.events.CustomerNotice;
import org.demandflow.events.CustomerNoticeKind;
import org.demandflow.events.NoticeOutcome;
import org.demandflow.events.NoticeScope;
import org.demandflow.notification.delivery.NoticeConcluded;

/** Turns a concluded notice into its Avro contract. */
final class CustomerNoticeMapper {

    private CustomerNoticeMapper() {
    }

    static CustomerNotice toAvro(NoticeConcluded event) {
        return CustomerNotice.newBuilder()
                .setNoticeId(event.noticeId())
                .setDemandId(event.demandId())
                .setCustomerId(event.customerId())
                .setRecipientEmail(event.recipientEmail())
                .setScope(NoticeScope.valueOf(event.scope().name()))
                .setStatusVersion(event.statusVersion())
                .setOutcome(NoticeOutcome.valueOf(event.outcome().name()))
                .setReason(event.reason())
                .setOccurredAt(event.occurredAt())
                .setKind(kindOf(event))
                .build();
    }

    /** A notice concluded before notices had kinds (kind null in the stored event) is a demand notice. */
    private static CustomerNoticeKind kindOf(NoticeConcluded event) {
        return event.kind() == null ? CustomerNoticeKind.DEMAND : CustomerNoticeKind.valueOf(event.kind().name());
    }
}
