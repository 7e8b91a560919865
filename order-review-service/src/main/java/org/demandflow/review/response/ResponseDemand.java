package org.demandflow.review.response;

import java.util.List;
import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/**
 * What the response track needs to know of a received demand (its own copy: the secrecy track's facts do not
 * carry these). Accounts are counted, not kept.
 *
 * @param demandType the contract's {@code DemandType} name
 * @param agency the issuing agency as the demand names it
 * @param country the issuing country, ISO 3166-1 alpha-2
 * @param requesterEmail where letters to the agency go, or {@code null}: then no letter is asked for
 * @param dataCategories the contract's {@code DataCategory} names
 * @param accountsSpecified how many account identifiers the demand names
 */
public record ResponseDemand(DemandId demandId, String customerId, String demandType, String agency, String country,
                             String requesterEmail, List<String> dataCategories, int accountsSpecified) {

    /** The demand type of an emergency request, which may be disclosed only after a confirmed verification. */
    public static final String EMERGENCY_REQUEST = "EMERGENCY_REQUEST";

    public ResponseDemand {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(demandType, "demandType");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(country, "country");
        requesterEmail = requesterEmail == null || requesterEmail.isBlank() ? null : requesterEmail.strip();
        dataCategories = List.copyOf(dataCategories);
        if (accountsSpecified < 0) {
            throw new IllegalArgumentException("accountsSpecified must not be negative");
        }
    }

    public boolean isEmergency() {
        return EMERGENCY_REQUEST.equals(demandType);
    }

    public boolean hasRequesterEmail() {
        return requesterEmail != null;
    }

    /** The letter as it can be asked for: none when there is no requester e-mail to send it to. */
    public LetterKind letterIfAddressed(LetterKind letter) {
        return hasRequesterEmail() ? letter : null;
    }
}
