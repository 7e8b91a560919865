package org.demandflow.notification.agency.messaging;

import org.demandflow.contracts.Contract;
import org.demandflow.notification.OutboundTopic;
import org.demandflow.notification.agency.LetterConcluded;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox route of {@code agency-letters}: a {@link LetterConcluded}, stored in the transaction that records the
 * letter's end, is sent as an {@code AgencyLetter} keyed by demandId (the service's {@code Outbox}).
 */
@Configuration(proxyBeanMethods = false)
public class AgencyLettersOutbox {

    @Bean
    OutboundTopic<LetterConcluded> agencyLetters() {
        return new OutboundTopic<>(LetterConcluded.class, Contract.AGENCY_LETTERS.topic(), LetterConcluded::demandId,
                AgencyLetterMapper::toAvro);
    }
}
