/** The integration-test base of the service on test-support's PostgreSQL, registry, Kafka client and clock. */
package org.demandflow.review.support;
