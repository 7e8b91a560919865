/** The transactional outbox's resubmission of sends that failed while the service runs. */
package org.demandflow.support.outbox;
