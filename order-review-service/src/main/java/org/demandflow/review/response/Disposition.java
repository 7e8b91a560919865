package org.demandflow.review.response;

import java.util.Set;

/** How a response closed; final, a correction is a new version with a reason. */
public enum Disposition {
    REDIRECTED,
    WITHDRAWN,
    REJECTED,
    NO_DATA_FOUND,
    DISCLOSED_NON_CONTENT,
    DISCLOSED_CONTENT;

    /** The dispositions a reviewer records in production review (or corrects to). */
    public static final Set<Disposition> OF_PRODUCTION_REVIEW =
            Set.of(DISCLOSED_CONTENT, DISCLOSED_NON_CONTENT, NO_DATA_FOUND, REJECTED);

    /** Whether data was handed over. */
    public boolean isDisclosure() {
        return this == DISCLOSED_CONTENT || this == DISCLOSED_NON_CONTENT;
    }
}
