/** Issue 14's performance report: drives the real local stack and raw Kafka, and writes what it measured. */
package org.demandflow.perf;
