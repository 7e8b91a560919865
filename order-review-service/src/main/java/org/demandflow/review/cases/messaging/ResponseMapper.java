package org.demandflow.review.cases.messaging;

import org.demandflow.events.AgencyAnswer;
import org.demandflow.events.AgencyLetterKind;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.RequesterVerification;
import org.demandflow.events.ResponseDisposition;
import org.demandflow.events.ResponseStage;
import org.demandflow.review.response.ResponseChanged;
import org.demandflow.review.response.ResponseEntry;

/** Writes a domain {@link ResponseChanged} as the v2 contract {@code DemandResponseChanged} (not signed). */
final class ResponseMapper {

    private ResponseMapper() {
    }

    static DemandResponseChanged toAvro(ResponseChanged change) {
        ResponseEntry e = change.entry();
        return DemandResponseChanged.newBuilder()
                .setDemandId(change.demandId())
                .setCustomerId(change.customerId())
                .setVersion(change.version())
                .setStage(ResponseStage.valueOf(e.stage().name()))
                .setDisposition(e.disposition() == null ? null : ResponseDisposition.valueOf(e.disposition().name()))
                .setRequesterVerification(RequesterVerification.valueOf(e.verification().name()))
                .setAccountsSpecified(change.accountsSpecified())
                .setAgencyAnswer(e.agencyAnswer() == null ? null : AgencyAnswer.valueOf(e.agencyAnswer().name()))
                .setLetter(e.letter() == null ? null : AgencyLetterKind.valueOf(e.letter().name()))
                .setReason(e.reason())
                .setEffectiveAt(change.effectiveAt())
                .build();
    }
}
