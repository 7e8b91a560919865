package org.example.ticketing;

import java.util.UUID;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.examples.ContractExamples;
import org.demandflow.events.DemandSubmission;

/** Submissions for the tests: the contract's example with a fresh submission id and ticket. */
final class Tickets {

    private Tickets() {
    }

    static DemandSubmission fresh() {
        DemandSubmission submission = ContractExamples.record(Contract.DEMAND_SUBMISSIONS);
        String ticket = UUID.randomUUID().toString();
        submission.setSubmissionId("sub-" + ticket);
        submission.setExternalReference("LE-" + ticket);
        return submission;
    }
}
