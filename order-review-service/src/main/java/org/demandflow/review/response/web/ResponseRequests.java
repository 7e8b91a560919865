package org.demandflow.review.response.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.demandflow.review.response.AgencyAnswer;
import org.demandflow.review.response.CheckMethod;
import org.demandflow.review.response.Disposition;
import org.demandflow.review.response.Verification;

/** The request bodies of the response actions. */
final class ResponseRequests {

    /** The longest free text of a request. */
    static final int TEXT = 2000;

    private ResponseRequests() {
    }

    /** A redirect, with an optional note. */
    record RedirectRequest(@Size(max = TEXT) String note) {
    }

    /** A rejection at validity review, with its reason. */
    record RejectionRequest(@NotBlank @Size(max = TEXT) String reason) {
    }

    /** The agency's answer to the redirect. */
    record AgencyAnswerRequest(@NotNull AgencyAnswer answer, @Size(max = TEXT) String note) {
    }

    /** A disposition (or its correction; then the reason is mandatory, and checked by the model). */
    record DispositionRequest(@NotNull Disposition disposition, @Size(max = TEXT) String reason) {
    }

    /** A check of the requester: how, and with what result (VERIFIED or FAILED). */
    record CheckRequestBody(@NotNull CheckMethod method, @NotNull Verification result,
                            @Pattern(regexp = "\\+?[0-9 ()./-]{3,40}") String callbackNumber,
                            @Size(max = TEXT) String note) {
    }
}
