/** The use cases of the report: publishing a period, drafts for auditors, reproducing a published report. */
package org.demandflow.transparency.report.application;
