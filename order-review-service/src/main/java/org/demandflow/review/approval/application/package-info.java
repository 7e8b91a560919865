/** The approval use cases: holding a decision as a proposal, approving, rejecting and listing proposals. */
package org.demandflow.review.approval.application;
