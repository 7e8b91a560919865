package org.demandflow.notification.letter;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.letter.NoticeLetter.Fact;
import org.demandflow.notification.response.LetterKind;

/**
 * Writes a letter to a demand's requester (the agency). It refers to the demand only by what the agency itself
 * sent (its reference, court and docket, the date received) and by the provider's reference; it never names the
 * customer, its accounts, its executives or any of its data. A redirect letter states the provider's policy to
 * redirect the demand to the customer; a rejection letter gives the reason; both give the provider's legal contact.
 */
public final class RequesterLetterWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final String providerName;
    private final String providerContact;

    public RequesterLetterWriter(String providerName, String providerContact) {
        this.providerName = providerName;
        this.providerContact = providerContact;
    }

    public NoticeLetter write(DemandFacts demand, LetterKind kind, Optional<String> reason) {
        String reference = Optional.ofNullable(demand.particulars().externalReference())
                .orElse(demand.demandId().toString());
        List<Fact> facts = new ArrayList<>(references(demand));
        if (kind == LetterKind.REJECTION) {
            facts.add(new Fact("Reason", reason.orElse("The demand does not meet the legal requirements for"
                    + " production.")));
        }
        return new NoticeLetter(subject(kind, reference), null, opening(kind), facts,
                "For questions about this letter, contact " + providerName + "'s legal team at " + providerContact
                + ", quoting our reference.");
    }

    private static List<Fact> references(DemandFacts demand) {
        DemandFacts.Particulars particulars = demand.particulars();
        List<Fact> facts = new ArrayList<>();
        Optional.ofNullable(particulars.externalReference()).ifPresent(ref -> facts.add(new Fact("Your reference",
                ref)));
        facts.add(new Fact("Our reference", demand.demandId().toString()));
        Optional.ofNullable(particulars.court()).ifPresent(court -> facts.add(new Fact("Court", court)));
        Optional.ofNullable(particulars.docketNumber()).ifPresent(docket -> facts.add(new Fact("Docket", docket)));
        facts.add(new Fact("Received on", DATE.format(demand.receivedAt())));
        return facts;
    }

    private static String subject(LetterKind kind, String reference) {
        return switch (kind) {
            case REDIRECT -> "Your demand " + reference + ": please seek the data from the customer";
            case REJECTION -> "Your demand " + reference + ": rejected";
        };
    }

    private String opening(LetterKind kind) {
        return switch (kind) {
            case REDIRECT -> providerName + " received your legal demand for data of an enterprise customer. It is "
                    + providerName + "'s policy to redirect such demands to the customer: please seek the data"
                    + " from the customer directly. " + providerName + " does not produce data in answer to this"
                    + " demand unless the law requires it after you answer this letter.";
            case REJECTION -> providerName + " received your legal demand and rejects it: it will not produce data"
                    + " in answer to it, for the reason below.";
        };
    }
}
