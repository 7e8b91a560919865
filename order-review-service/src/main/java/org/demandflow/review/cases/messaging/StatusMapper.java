package org.demandflow.review.cases.messaging;

import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.review.cases.DelayedNotice;
import org.demandflow.review.cases.StatusChanged;

/** Writes a domain {@link StatusChanged} as the v1 contract {@code SecrecyStatusChanged}. */
final class StatusMapper {

    private StatusMapper() {
    }

    static SecrecyStatusChanged toAvro(StatusChanged change) {
        return SecrecyStatusChanged.newBuilder()
                .setDemandId(change.demandId())
                .setCustomerId(change.customerId())
                .setVersion(change.version())
                .setStatus(SecrecyStatus.valueOf(change.status().name()))
                .setReason(change.reason())
                .setPermittedRecipients(change.permittedRecipients())
                .setDelayedNotice(toAvro(change.delayedNotice()))
                .setEffectiveAt(change.effectiveAt())
                .build();
    }

    private static org.demandflow.events.DelayedNotice toAvro(DelayedNotice notice) {
        if (notice == null) {
            return null;
        }
        return org.demandflow.events.DelayedNotice.newBuilder()
                .setAuthority(notice.authority().name())
                .setCourt(notice.court())
                .setDocketNumber(notice.docketNumber())
                .setIssuedAt(notice.issuedAt())
                .setEndedAt(notice.endedAt())
                .build();
    }
}
