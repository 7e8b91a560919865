package org.demandflow.review.response;

import java.util.List;
import org.demandflow.support.domain.Refusal;

/** The answer of the response model to a command: changed (naming what it concerns) or refused, changing nothing. */
public sealed interface ResponseResult {

    /** The command took effect. */
    record Changed(String id) implements ResponseResult {
    }

    /** The command was refused and changed nothing. */
    record Refused(Refusal refusal) implements ResponseResult {
    }

    static ResponseResult changed(String id) {
        return new Changed(id);
    }

    static ResponseResult notFound(String detail) {
        return new Refused(Refusal.notFound(detail));
    }

    static ResponseResult conflict(String detail) {
        return new Refused(Refusal.conflict(detail));
    }

    static ResponseResult invalid(String detail) {
        return new Refused(Refusal.invalid(detail));
    }

    /** A conflict naming the failed validity checks as its reasons. */
    static ResponseResult failedChecks(String detail, Validity validity) {
        return new Refused(new Refusal(Refusal.Kind.CONFLICT, detail, validity.reasons().stream()
                .map(r -> new Refusal.Violation("", r.code(), r.message())).toList()));
    }
}
