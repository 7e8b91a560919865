package org.demandflow.intake.demand.web;

import java.time.Instant;
import java.util.List;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.DemandDetails;
import org.demandflow.intake.demand.IssuingAuthority;
import org.springframework.modulith.NamedInterface;

/**
 * A stored demand as the API shows it, in answer to a read and to a submission alike (hence the
 * named interface: intake's {@code submission.web} answers with it).
 */
@NamedInterface("view")
public record DemandView(String demandId, String submissionId, String sourceSystem, String externalReference,
        String customerId, String demandType, IssuingAuthority issuingAuthority, List<String> dataCategories,
        List<String> accountIdentifiers, Instant receivedAt, Instant responseDueAt, boolean nondisclosureIndicated,
        String notes, Instant recordedAt) {

    /** The view of a stored demand. */
    public static DemandView of(Demand demand) {
        DemandDetails details = demand.details();
        return new DemandView(demand.id().toString(), demand.submissionId(), demand.ticket().sourceSystem(),
                demand.ticket().externalReference(), details.customerId(), details.demandType().name(),
                details.issuingAuthority(), details.dataCategories().stream().map(Enum::name).sorted().toList(),
                details.accountIdentifiers(), details.receivedAt(), details.responseDueAt(),
                details.nondisclosureIndicated(), details.notes(), demand.recordedAt());
    }
}
