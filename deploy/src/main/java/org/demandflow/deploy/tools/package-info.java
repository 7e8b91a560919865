/**
 * Operators' Kafka tools, run by {@code deploy/local/stack tool}: the console consumer's {@link
 * org.demandflow.deploy.tools.AvroJsonFormatter} (records as JSON) and the dead-letter replay {@link
 * org.demandflow.deploy.tools.DeadLetterReplay}.
 */
package org.demandflow.deploy.tools;
