package org.demandflow.transparency.facts.messaging;

import java.util.List;
import java.util.Locale;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.NoticeOutcome;
import org.demandflow.events.SecrecyOrderChanged;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.support.domain.DemandId;
import org.demandflow.transparency.facts.ChallengeOutcome;
import org.demandflow.transparency.facts.DemandFiled;
import org.demandflow.transparency.facts.DemandType;
import org.demandflow.transparency.facts.Facts;
import org.demandflow.transparency.facts.Disposition;
import org.demandflow.transparency.facts.NoticeRecord;
import org.demandflow.transparency.facts.OrderState;
import org.demandflow.transparency.facts.OrderVersion;
import org.demandflow.transparency.facts.ResponseVersion;
import org.demandflow.transparency.facts.SecrecyStatus;
import org.demandflow.transparency.facts.StatusVersion;

/**
 * Turns the five contracts into facts, dropping every personal value: a demand keeps its type, the issuing
 * authority's country (upper-cased) and the number of its account identifiers; a notice keeps no recipient.
 */
final class FactMapper {

    private FactMapper() {
    }

    /** Records a decoded value of any of the five contracts; answers whether it was new to the store. */
    static boolean recordInto(Facts facts, Object value) {
        if (value instanceof DemandReceived demand) {
            return facts.recordDemands(List.of(demand(demand))) == 1;
        }
        if (value instanceof SecrecyStatusChanged status) {
            return facts.recordStatuses(List.of(status(status))) == 1;
        }
        if (value instanceof DemandResponseChanged response) {
            return facts.recordResponses(List.of(response(response))) == 1;
        }
        if (value instanceof SecrecyOrderChanged order) {
            return facts.recordOrders(List.of(order(order))) == 1;
        }
        if (value instanceof CustomerNotice notice) {
            return facts.recordNotices(List.of(notice(notice))) == 1;
        }
        throw new IllegalArgumentException("not a source contract: " + value.getClass().getName());
    }

    static DemandFiled demand(DemandReceived value) {
        return new DemandFiled(DemandId.parse(value.getDemandId()), DemandType.valueOf(value.getDemandType().name()),
                value.getIssuingAuthority().getCountry().trim().toUpperCase(Locale.ROOT),
                value.getAccountIdentifiers().size(), value.getReceivedAt());
    }

    static StatusVersion status(SecrecyStatusChanged value) {
        return new StatusVersion(DemandId.parse(value.getDemandId()), value.getVersion(),
                SecrecyStatus.valueOf(value.getStatus().name()), value.getEffectiveAt());
    }

    static ResponseVersion response(DemandResponseChanged value) {
        return new ResponseVersion(DemandId.parse(value.getDemandId()), value.getVersion(), value.getStage().name(),
                value.getDisposition() == null ? null : Disposition.valueOf(value.getDisposition().name()),
                value.getAccountsSpecified(), value.getEffectiveAt());
    }

    static OrderVersion order(SecrecyOrderChanged value) {
        return new OrderVersion(DemandId.parse(value.getDemandId()), value.getOrderId(), value.getVersion(),
                value.getAuthority().name(), value.getIssuedAt(), value.getEndsAt(),
                OrderState.valueOf(value.getState().name()), value.getChallenged(),
                value.getChallengeOutcome() == null ? null : ChallengeOutcome.valueOf(value.getChallengeOutcome().name()),
                value.getEffectiveAt());
    }

    static NoticeRecord notice(CustomerNotice value) {
        return new NoticeRecord(value.getNoticeId(), DemandId.parse(value.getDemandId()),
                value.getOutcome() == NoticeOutcome.SENT, value.getOccurredAt());
    }
}
