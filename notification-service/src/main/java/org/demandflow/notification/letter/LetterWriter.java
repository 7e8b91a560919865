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
import org.demandflow.notification.response.ResponseChange;

/**
 * Writes a customer's notice: the references to quote back (ours and the agency's), the demand's type, data
 * categories, the customer's own accounts it names, the issuing agency and country, the court and docket it
 * names, the date received and any response deadline; after a delay, the elements of 18 U.S.C. § 2705(a)(5)
 * (that notice was delayed, until when, by whom, and the legal basis); the response to the agency so far (final
 * or not) and what the customer can do, with the provider's contact; for an executive-only notice, a
 * confidentiality warning. A follow-up says that the response is now final. Never the customer's data.
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

    /** A demand notice as it stood before the response track (no response known yet). */
    public NoticeLetter write(DemandFacts demand, Optional<DelayedNotice> delay, NoticeScope scope) {
        return write(demand, delay, scope, Optional.empty(), NoticeKind.DEMAND);
    }

    public NoticeLetter write(DemandFacts demand, Optional<DelayedNotice> delay, NoticeScope scope,
                              Optional<ResponseChange> response, NoticeKind kind) {
        List<Fact> facts = new ArrayList<>(demandFacts(demand));
        delay.ifPresent(ended -> facts.addAll(delayFacts(ended)));
        facts.add(new Fact("Our response", ResponseWording.response(response, demand.dataCategories())));
        facts.add(new Fact("What you can do", ResponseWording.whatYouCanDo(response)));
        String subject = (scope.confidential() ? "Confidential: " : "") + (kind == NoticeKind.FOLLOW_UP
                ? "Update: our final response to a government demand for your data"
                : "Notice of a government demand for your data");
        return new NoticeLetter(subject, scope.confidential() ? WARNING : null, opening(delay.isPresent(), kind),
                facts, "For questions about this demand, contact " + providerName + " at " + providerContact
                + ", quoting our reference.");
    }

    private static List<Fact> demandFacts(DemandFacts demand) {
        DemandFacts.Particulars particulars = demand.particulars();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Our reference", demand.demandId().toString()));
        Optional.ofNullable(particulars.externalReference()).ifPresent(ref -> facts.add(new Fact("Agency's reference",
                ref)));
        facts.add(new Fact("Type of demand", words(demand.demandType())));
        facts.add(new Fact("Data requested", demand.dataCategories().stream().map(LetterWriter::category)
                .collect(Collectors.joining(", "))));
        if (!particulars.accountIdentifiers().isEmpty()) {
            facts.add(new Fact("Your accounts named", String.join(", ", particulars.accountIdentifiers())));
        }
        facts.add(new Fact("Issuing agency", demand.agency() + " (" + demand.country() + ")"));
        courtAndDocket(particulars.court(), particulars.docketNumber()).ifPresent(named ->
                facts.add(new Fact("Court and docket", named)));
        facts.add(new Fact("Received on", date(demand.receivedAt())));
        Optional.ofNullable(particulars.responseDueAt()).ifPresent(due -> facts.add(new Fact("Response due by",
                date(due))));
        return facts;
    }

    private String opening(boolean delayed, NoticeKind kind) {
        if (kind == NoticeKind.FOLLOW_UP) {
            return providerName + " wrote to you earlier about a legal demand from a government agency for data of"
                    + " your organisation. Our response to the agency is now final.";
        }
        String opening = providerName + " received a legal demand from a government agency for data of your"
                + " organisation.";
        return delayed ? opening + " Notice of this demand to you was delayed by a court or agency order;"
                + " that delay has ended." : opening;
    }

    private static List<Fact> delayFacts(DelayedNotice delay) {
        String orderedBy = courtAndDocket(delay.court(), delay.docketNumber()).orElse("the issuing agency");
        return List.of(
                new Fact("Notice delayed", "yes, from " + date(delay.issuedAt()) + " until " + date(delay.endedAt())),
                new Fact("Delay ordered by", orderedBy),
                new Fact("Legal basis of the delay", LegalBasis.of(delay.authority())));
    }

    private static Optional<String> courtAndDocket(String court, String docket) {
        if (court == null && docket == null) {
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(court).map(named -> named + (docket == null ? "" : ", "))
                .orElse("") + Optional.ofNullable(docket).map(number -> "docket " + number).orElse(""));
    }

    private static String date(Instant instant) {
        return DATE.format(instant);
    }

    static String category(String name) {
        return switch (name) {
            case "SUBSCRIBER" -> "subscriber information";
            case "NON_CONTENT" -> "non-content records (metadata)";
            case "CONTENT" -> "content";
            default -> words(name).toLowerCase(Locale.ROOT);
        };
    }

    static String words(String enumName) {
        String spaced = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
