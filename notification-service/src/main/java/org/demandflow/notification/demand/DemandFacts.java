package org.demandflow.notification.demand;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/**
 * What a notice may tell the customer about a demand: its type, the categories of data demanded, the issuing
 * agency and country, when the provider received it, and the {@link Particulars} a customer's counsel needs to
 * act (and a letter to the agency needs to reach its requester). Never the customer's data.
 */
public record DemandFacts(DemandId demandId, String customerId, String demandType, List<String> dataCategories,
                          String agency, String country, Instant receivedAt, Particulars particulars) {

    public DemandFacts {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(demandType, "demandType");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(receivedAt, "receivedAt");
        dataCategories = List.copyOf(dataCategories);
        particulars = particulars == null ? Particulars.NONE : particulars;
    }

    /**
     * The demand's particulars, each as the demand states it (null where it names none).
     *
     * @param externalReference  the agency's (upstream ticket's) reference of the demand
     * @param court              the court the demand names
     * @param docketNumber       the docket the demand names
     * @param requesterEmail     the requester's e-mail: the one address a letter to the agency goes to
     * @param accountIdentifiers the customer's accounts the demand names (told to the customer only)
     * @param responseDueAt      the agency's response deadline
     */
    public record Particulars(String externalReference, String court, String docketNumber, String requesterEmail,
                              List<String> accountIdentifiers, Instant responseDueAt) {

        /** A demand that states none of them (facts recorded before they were kept). */
        public static final Particulars NONE = new Particulars(null, null, null, null, List.of(), null);

        public Particulars {
            accountIdentifiers = accountIdentifiers == null ? List.of() : List.copyOf(accountIdentifiers);
        }

        public Optional<String> requester() {
            return Optional.ofNullable(requesterEmail).filter(email -> !email.isBlank());
        }
    }
}
