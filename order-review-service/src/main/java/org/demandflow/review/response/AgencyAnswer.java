package org.demandflow.review.response;

/** The agency's answer to a redirect. */
public enum AgencyAnswer {
    /** The agency goes to the customer: the response closes REDIRECTED. */
    WILL_SEEK_FROM_CUSTOMER,
    /** The agency drops the demand: the response closes WITHDRAWN. */
    WITHDRAWN,
    /** The agency insists: the response moves to production review. */
    INSISTS
}
