package org.demandflow.review.response;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded check of the requester's identity: how, by whom, when, with what result, and (for a VERIFIED check)
 * the second reviewer who confirmed it, if any.
 *
 * @param result VERIFIED or FAILED
 * @param callbackNumber the directory number called back (CALLBACK only), else {@code null}
 * @param confirmedBy the second reviewer who confirmed a VERIFIED check, or {@code null}
 */
public record RequesterCheck(String checkId, CheckMethod method, Verification result, String callbackNumber,
                             String note, String recordedBy, Instant recordedAt, String confirmedBy,
                             Instant confirmedAt) {

    public RequesterCheck {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (result != Verification.VERIFIED && result != Verification.FAILED) {
            throw new IllegalArgumentException("a check is VERIFIED or FAILED, not " + result);
        }
    }

    /** Whether this is a VERIFIED check a second reviewer confirmed. */
    public boolean isConfirmedVerified() {
        return result == Verification.VERIFIED && confirmedBy != null;
    }

    RequesterCheck confirmed(String by, Instant at) {
        return new RequesterCheck(checkId, method, result, callbackNumber, note, recordedBy, recordedAt, by, at);
    }
}
