/** The reconciliation with the published statuses that a restored service runs before it publishes again. */
package org.demandflow.review.restore.application;
