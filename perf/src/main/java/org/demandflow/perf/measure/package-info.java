/** The measurements of the report: the raw baseline, the catch-up, latency at fixed rates, status to mail. */
package org.demandflow.perf.measure;
