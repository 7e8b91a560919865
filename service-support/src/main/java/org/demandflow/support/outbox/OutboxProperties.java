package org.demandflow.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay's settings.
 *
 * @param batchSize the most records one pass of the relay sends
 * @param pollInterval the backstop: the relay looks at the outbox at least this often even when no commit woke it;
 *                     a failed send is retried, and an idle instance tries to become the active relay, this often
 *                     or every 5 s, whichever is sooner
 */
@ConfigurationProperties("demandflow.outbox")
public record OutboxProperties(@DefaultValue("1000") int batchSize, @DefaultValue("1s") Duration pollInterval) {
}
