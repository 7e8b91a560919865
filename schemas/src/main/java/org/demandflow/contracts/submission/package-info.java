/**
 * The rules a {@code DemandSubmission} must meet, Spring-free: intake-service applies them, and an upstream producer
 * applies them offline ({@link org.demandflow.contracts.submission.Submissions#validate}) before it publishes.
 */
package org.demandflow.contracts.submission;
