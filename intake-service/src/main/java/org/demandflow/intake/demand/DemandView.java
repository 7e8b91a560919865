package org.demandflow.intake.demand;

import java.time.Instant;
import java.util.List;

/**
 * A demand in its flat, published form: ids and enum values as text, data categories sorted. The
 * REST API answers a read and a submission alike with it, so it belongs to the demand's API (the
 * capability's root) rather than to one web adapter: adapters reach another capability only
 * through its root. Plain Java, no JSON annotations; the record's names are the JSON names.
 */
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
