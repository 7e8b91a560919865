package org.demandflow.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the outbox sends again what failed to send.
 *
 * @param resubmitInterval the pause between two resubmissions
 * @param resubmitMinAge how old a failed publication must be before it is sent again
 */
@ConfigurationProperties("demandflow.outbox")
public record OutboxProperties(@DefaultValue("30s") Duration resubmitInterval, @DefaultValue("5s") Duration resubmitMinAge) {
}
