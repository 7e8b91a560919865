package org.demandflow.notification.gate.messaging;

import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.notification.gate.DelayedNotice;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.support.domain.DemandId;

/** Turns the Avro {@code SecrecyStatusChanged} into the domain's status; an unknown symbol reads as PENDING_REVIEW. */
final class StatusMapper {

    private StatusMapper() {
    }

    static StatusChange toDomain(SecrecyStatusChanged record) {
        org.demandflow.events.DelayedNotice delay = record.getDelayedNotice();
        return new StatusChange(DemandId.parse(record.getDemandId()), record.getCustomerId(), record.getVersion(),
                SecrecyStatus.fromName(record.getStatus() == null ? null : record.getStatus().name()),
                record.getReason(), record.getPermittedRecipients(),
                delay == null ? null : new DelayedNotice(delay.getAuthority(), delay.getCourt(),
                        delay.getDocketNumber(), delay.getIssuedAt(), delay.getEndedAt()),
                record.getEffectiveAt());
    }
}
