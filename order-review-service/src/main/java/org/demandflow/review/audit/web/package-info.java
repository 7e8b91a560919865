/** The auditor's endpoints: the chain's verification and its export as JSON lines. */
package org.demandflow.review.audit.web;
