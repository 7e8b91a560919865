package org.demandflow.review.response;

import java.util.Objects;

/**
 * A reviewer's check of the requester, as recorded.
 *
 * @param result VERIFIED or FAILED
 * @param callbackNumber the number called back (CALLBACK only; it must be one of the agency's in the directory)
 */
public record CheckRequest(CheckMethod method, Verification result, String callbackNumber, String note) {

    public CheckRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(result, "result");
    }
}
