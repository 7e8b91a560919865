package org.demandflow.review.restore.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether this start follows a restore of the database from a backup (deploy/RUNBOOK.md, "Restoring a service
 * database"). Leaving it on after the restore costs one read of the status topic per start and changes nothing.
 *
 * @param enabled reconcile the cases with the published statuses before anything is published
 */
@ConfigurationProperties("demandflow.restore")
public record RestoreProperties(boolean enabled) {
}
