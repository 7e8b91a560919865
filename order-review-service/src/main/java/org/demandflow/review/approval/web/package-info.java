/** The approvals REST API: pending proposals listed and shown; a second reviewer approves or rejects. */
package org.demandflow.review.approval.web;
