package org.example.ticketing;

import java.util.List;
import org.demandflow.contracts.submission.Reason;

/** What publishing a submission came to: sent, or refused before sending because intake would reject it. */
public sealed interface Publication {

    /** Sent to {@code demand-submissions} and acknowledged by the broker (acks=all). */
    record Sent(String submissionId) implements Publication {
    }

    /** Not sent: intake would reject it for these reasons (the same fields, codes and messages). */
    record RefusedOffline(List<Reason> reasons) implements Publication {

        public RefusedOffline {
            reasons = List.copyOf(reasons);
        }
    }
}
