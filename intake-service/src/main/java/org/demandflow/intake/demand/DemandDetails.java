package org.demandflow.intake.demand;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The business content of a demand: everything but the identities of the demand, the
 * submission and the ticket. Two submissions of one ticket are the same demand when their
 * details have the same {@link ContentFingerprint}.
 */
public record DemandDetails(String customerId, DemandType demandType, IssuingAuthority issuingAuthority,
        Set<DataCategory> dataCategories, List<String> accountIdentifiers, Instant receivedAt,
        Instant responseDueAt, boolean nondisclosureIndicated, String notes) {

    public DemandDetails {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(demandType, "demandType");
        Objects.requireNonNull(issuingAuthority, "issuingAuthority");
        Objects.requireNonNull(receivedAt, "receivedAt");
        dataCategories = Set.copyOf(dataCategories);
        accountIdentifiers = List.copyOf(accountIdentifiers);
    }

    /** The canonical hash of this content. */
    public ContentFingerprint fingerprint() {
        return ContentFingerprint.of(this);
    }
}
