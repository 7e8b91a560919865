package org.demandflow.review.response;

import java.util.List;

/**
 * The result of a demand's validity checks: every reason it fails, none when it is valid.
 *
 * @param reasons every failed check, in the order checked
 */
public record Validity(List<Reason> reasons) {

    public Validity {
        reasons = List.copyOf(reasons);
    }

    /** One failed check: a stable upper-case code and a sentence for a person. */
    public record Reason(String code, String message) {
    }

    public boolean isValid() {
        return reasons.isEmpty();
    }

    /** The reasons as one sentence. */
    public String describe() {
        return String.join("; ", reasons.stream().map(Reason::message).toList());
    }
}
