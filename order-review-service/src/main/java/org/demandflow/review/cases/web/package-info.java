/** The review REST API of DESIGN.md: legal reviewers decide, auditors read; refusals as problem+json. */
package org.demandflow.review.cases.web;
