package org.demandflow.notification.letter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.gate.DelayedNotice;
import org.demandflow.notification.gate.NoticeScope;
import org.demandflow.notification.letter.NoticeLetter.Fact;

/**
 * Writes a notice: the demand's type, data categories, issuing agency and country, the date
 * received and the provider's contact; after a delay, the elements of 18 U.S.C. § 2705(a)(5)
 * (that notice was delayed, until when, by whom, and the legal basis); for an executive-only
 * notice, a confidentiality warning. Never the customer's data.
 */
public final class LetterWriter {

    static final String WARNING = "CONFIDENTIAL. A secrecy order still applies to this demand. It permits"
            + " this notice to you in person only: do not forward it or disclose the demand to anyone else,"
            + " inside or outside your organisation, without legal advice.";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final String providerName;
    private final String providerContact;

    public LetterWriter(String providerName, String providerContact) {
        this.providerName = providerName;
        this.providerContact = providerContact;
    }

    public NoticeLetter write(DemandFacts demand, Optional<DelayedNotice> delay, NoticeScope scope) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact("Type of demand", words(demand.demandType())),
                new Fact("Data requested", demand.dataCategories().stream().map(LetterWriter::category)
                        .collect(Collectors.joining(", "))),
                new Fact("Issuing agency", demand.agency() + " (" + demand.country() + ")"),
                new Fact("Received on", DATE.format(demand.receivedAt()))));
        delay.ifPresent(ended -> facts.addAll(delayFacts(ended)));
        String subject = (scope.confidential() ? "Confidential: " : "") + "Notice of a government demand for your data";
        return new NoticeLetter(subject, scope.confidential() ? WARNING : null, opening(delay.isPresent()), facts,
                "For questions about this demand, contact " + providerName + " at " + providerContact + ".");
    }

    private String opening(boolean delayed) {
        String opening = providerName + " received a legal demand from a government agency for data of your"
                + " organisation.";
        return delayed ? opening + " Notice of this demand to you was delayed by a court or agency order;"
                + " that delay has ended." : opening;
    }

    private static List<Fact> delayFacts(DelayedNotice delay) {
        String orderedBy = Optional.ofNullable(delay.court()).orElse("the issuing agency")
                + Optional.ofNullable(delay.docketNumber()).map(docket -> ", docket " + docket).orElse("");
        return List.of(
                new Fact("Notice delayed", "yes, from " + date(delay.issuedAt()) + " until " + date(delay.endedAt())),
                new Fact("Delay ordered by", orderedBy),
                new Fact("Legal basis of the delay", LegalBasis.of(delay.authority())));
    }

    private static String date(Instant instant) {
        return DATE.format(instant);
    }

    private static String category(String name) {
        return switch (name) {
            case "SUBSCRIBER" -> "subscriber information";
            case "NON_CONTENT" -> "non-content records (metadata)";
            case "CONTENT" -> "content";
            default -> words(name).toLowerCase(Locale.ROOT);
        };
    }

    private static String words(String enumName) {
        String spaced = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
