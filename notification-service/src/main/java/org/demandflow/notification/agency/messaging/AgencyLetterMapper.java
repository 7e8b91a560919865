package org.demandflow.notification.agency.messaging;

import org.demandflow.events.AgencyLetter;
import org.demandflow.events.AgencyLetterKind;
import org.demandflow.events.LetterOutcome;
import org.demandflow.notification.agency.LetterConcluded;

/** Turns a concluded letter into its Avro contract. */
final class AgencyLetterMapper {

    private AgencyLetterMapper() {
    }

    static AgencyLetter toAvro(LetterConcluded event) {
        return AgencyLetter.newBuilder()
                .setLetterId(event.letterId())
                .setDemandId(event.demandId())
                .setKind(AgencyLetterKind.valueOf(event.kind()))
                .setRecipientEmail(event.recipientEmail())
                .setOutcome(event.sent() ? LetterOutcome.SENT : LetterOutcome.FAILED)
                .setReason(event.reason())
                .setOccurredAt(event.occurredAt())
                .build();
    }
}
