package org.demandflow.review.response;

/** How a requester was checked. */
public enum CheckMethod {
    /** The requester's e-mail domain is one of the named agency's in the directory. */
    KNOWN_DOMAIN,
    /** A call back to one of the agency's verified numbers from the directory. */
    CALLBACK,
    /** The demand came through the agency's signed portal. */
    SIGNED_PORTAL
}
