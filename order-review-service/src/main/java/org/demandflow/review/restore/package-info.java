/**
 * Restoring the database from a backup: before it publishes again, the service takes over the status versions the
 * topic holds beyond the backup, so no version of a demand is ever published twice with different values (safety
 * rules 2 and 8), and reviewers decide again on the cases whose decisions were lost.
 */
package org.demandflow.review.restore;
