/** Kafka clients of the running stack: submissions written as ticketing, outcomes read as ops, lag. */
package org.demandflow.perf.load;
