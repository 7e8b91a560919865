/**
 * The response track's Spring-free domain (redirect first): what the agency gets, beside and independent of the
 * secrecy track: validity checks, the redirect, the agency's answer, the disposition, and requester verification.
 */
package org.demandflow.review.response;
