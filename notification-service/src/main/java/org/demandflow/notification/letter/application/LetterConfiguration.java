package org.demandflow.notification.letter.application;

import org.demandflow.notification.letter.LetterWriter;
import org.demandflow.notification.letter.RequesterLetterWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The letter writers (to the customer, to the agency), built from the letter's settings. */
@Configuration(proxyBeanMethods = false)
public class LetterConfiguration {

    @Bean
    LetterWriter letterWriter(LetterProperties properties) {
        return new LetterWriter(properties.providerName(), properties.providerContact());
    }

    @Bean
    RequesterLetterWriter requesterLetterWriter(LetterProperties properties) {
        return new RequesterLetterWriter(properties.providerName(), properties.providerContact());
    }
}
