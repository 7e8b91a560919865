package org.demandflow.intake.submission;

import java.util.Objects;
import org.demandflow.intake.demand.DemandDetails;
import org.demandflow.intake.demand.Ticket;

/** A submission that passed validation, with its content typed. */
public record ValidSubmission(String submissionId, Ticket ticket, DemandDetails details) {

    public ValidSubmission {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(details, "details");
    }
}
