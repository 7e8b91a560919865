/**
 * Restoring the database from a backup: before its consumers and dispatchers start, the service reads its input
 * topics again from before the backup and learns back the notices it concluded since, so no notice the backup
 * does not know is sent twice (safety rule 5) and none it planned but had not sent is lost.
 */
package org.demandflow.notification.restore;
