package org.demandflow.review.response.application;

import java.util.List;
import java.util.Set;
import org.demandflow.review.response.ValidityRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The response track's settings.
 *
 * @param supportedCountries the issuing countries (ISO 3166-1 alpha-2) whose demands the provider answers
 *                           directly; a demand from anywhere else must be a {@code FOREIGN_ORDER}
 */
@ConfigurationProperties("demandflow.review.response")
public record ResponseProperties(@DefaultValue("US") List<String> supportedCountries) {

    ValidityRules validityRules() {
        return new ValidityRules(Set.copyOf(supportedCountries));
    }
}
