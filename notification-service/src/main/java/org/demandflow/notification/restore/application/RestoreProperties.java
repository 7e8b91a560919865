package org.demandflow.notification.restore.application;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A start after the database was restored from a backup (deploy/RUNBOOK.md, "Restoring a service database").
 *
 * @param backupTakenAt when the restored backup was taken; unset (the default) for an ordinary start
 * @param margin how much earlier than {@code backupTakenAt} the topics are read again: covers the clock skew
 *               between the database and the brokers and records written just before the backup; reading more
 *               is harmless (repeats are duplicates), reading less loses what came between
 */
@ConfigurationProperties("demandflow.restore")
public record RestoreProperties(Instant backupTakenAt, @DefaultValue("15m") Duration margin) {

    public RestoreProperties {
        if (margin.isNegative()) {
            throw new IllegalArgumentException("the restore margin must not be negative: " + margin);
        }
    }

    /** From when the topics are read again. */
    public Instant readFrom() {
        return backupTakenAt.minus(margin);
    }
}
