package org.demandflow.notification.response;

import java.util.Objects;

/**
 * A newer response version of a demand was stored: published in that transaction, for the capabilities that act
 * on it (a letter to the requester, a follow-up notice to the customer).
 *
 * @param wasClosed whether the response stored before it was already CLOSED
 */
public record ResponseApplied(ResponseChange response, boolean wasClosed) {

    public ResponseApplied {
        Objects.requireNonNull(response, "response");
    }

    /** Whether this version closes a response that was open until now. */
    public boolean closesTheResponse() {
        return response.closed() && !wasClosed;
    }
}
