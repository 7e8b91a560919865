/** JMH benchmarks of the per-record work: the serde, intake's validation. */
package org.demandflow.perf.bench;
