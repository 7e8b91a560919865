package org.demandflow.transparency.facts;

/** How a demand's response closed, as {@code demand-responses} says. */
public enum Disposition {
    REDIRECTED, WITHDRAWN, REJECTED, NO_DATA_FOUND, DISCLOSED_NON_CONTENT, DISCLOSED_CONTENT
}
