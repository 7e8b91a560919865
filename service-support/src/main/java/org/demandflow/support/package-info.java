/** What every Demandflow service shares: the domain kernel, problem answers, the clock, the outbox, Kafka dead-lettering, API security. */
package org.demandflow.support;
