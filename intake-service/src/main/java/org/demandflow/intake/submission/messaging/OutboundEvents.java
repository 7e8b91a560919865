package org.demandflow.intake.submission.messaging;

import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandType;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.events.RejectionReason;
import org.demandflow.events.SubmissionRejected;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.DemandAccepted;
import org.demandflow.intake.demand.DemandDetails;
import org.demandflow.intake.submission.SubmissionRefused;

/** Maps the domain events to their Avro contracts, at the moment they leave the outbox. */
final class OutboundEvents {

    private OutboundEvents() {
    }

    static DemandReceived demandReceived(DemandAccepted event) {
        Demand demand = event.demand();
        DemandDetails details = demand.details();
        var authority = details.issuingAuthority();
        return DemandReceived.newBuilder().setDemandId(demand.id().toString())
                .setSubmissionId(demand.submissionId()).setSourceSystem(demand.ticket().sourceSystem())
                .setExternalReference(demand.ticket().externalReference()).setCustomerId(details.customerId())
                .setDemandType(DemandType.valueOf(details.demandType().name()))
                .setIssuingAuthority(new IssuingAuthority(authority.agency(), authority.country(), authority.court(),
                        authority.docketNumber(), authority.requesterName(), authority.requesterEmail()))
                .setDataCategories(details.dataCategories().stream().sorted()
                        .map(category -> DataCategory.valueOf(category.name())).toList())
                .setAccountIdentifiers(details.accountIdentifiers()).setReceivedAt(details.receivedAt())
                .setResponseDueAt(details.responseDueAt())
                .setNondisclosureIndicated(details.nondisclosureIndicated()).build();
    }

    static SubmissionRejected submissionRejected(SubmissionRefused event) {
        return SubmissionRejected.newBuilder().setSubmissionId(event.key())
                .setSourceSystem(event.sourceSystem() == null ? "" : event.sourceSystem())
                .setExternalReference(event.externalReference())
                .setReasons(event.reasons().stream().map(reason -> new RejectionReason(reason.field(),
                        reason.code().name(), reason.message())).toList())
                .setRejectedAt(event.rejectedAt()).build();
    }
}
