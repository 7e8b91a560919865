package org.demandflow.intake.submission.application;

import java.time.Duration;
import org.demandflow.contracts.submission.SubmissionRules;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Business settings of intake.
 *
 * @param clockSkew how far in the future a {@code receivedAt} may lie (clocks of upstream systems drift)
 */
@ConfigurationProperties("demandflow.intake")
public record IntakeProperties(Duration clockSkew) {

    public IntakeProperties {
        clockSkew = clockSkew == null ? SubmissionRules.DEFAULT_CLOCK_SKEW : clockSkew;
    }
}
