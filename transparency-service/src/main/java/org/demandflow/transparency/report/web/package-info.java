/** The report's REST API (JSON and CSV; a published or publishable report is public) and the auditors' drafts. */
package org.demandflow.transparency.report.web;
