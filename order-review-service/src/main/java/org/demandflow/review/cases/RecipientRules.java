package org.demandflow.review.cases;

import java.util.ArrayList;
import java.util.List;
import org.demandflow.support.domain.EmailAddress;
import org.demandflow.support.domain.Refusal.Violation;

/**
 * What a list of permitted recipients sent by a reviewer must be: at most {@link #MAX_RECIPIENTS} addresses,
 * each acceptable to service-support's {@link EmailAddress#problemOf(String)} (ASCII only, no control
 * character such as CR/LF, one {@code @}). Checked on the text as sent, before it is normalised.
 */
public final class RecipientRules {

    /** The most recipients one order, narrowing or challenge relief may name (a carve-out names a few executives). */
    public static final int MAX_RECIPIENTS = 20;

    private RecipientRules() {
    }

    /** Every reason the list under {@code field} is refused, each address by its index; empty when none. */
    public static List<Violation> violations(String field, List<String> recipients) {
        List<Violation> found = new ArrayList<>();
        if (recipients == null) {
            return found;
        }
        if (recipients.size() > MAX_RECIPIENTS) {
            found.add(new Violation(field, "TOO_MANY", "at most " + MAX_RECIPIENTS + " recipients; "
                    + recipients.size() + " given"));
        }
        for (int i = 0; i < recipients.size(); i++) {
            String where = field + "[" + i + "]";
            EmailAddress.problemOf(recipients.get(i))
                    .ifPresent(problem -> found.add(new Violation(where, "INVALID_EMAIL", problem)));
        }
        return found;
    }
}
