package org.demandflow.notification.delivery.messaging;

import org.demandflow.events.CustomerNotice;
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
                .build();
    }
}
