/** The figures of a run, their ratios to the baseline and the targets, as Markdown and JSON. */
package org.demandflow.perf.report;
