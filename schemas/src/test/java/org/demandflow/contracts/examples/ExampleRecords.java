package org.demandflow.contracts.examples;

import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.demandflow.contracts.Contract;
import org.demandflow.events.AgencyLetter;
import org.demandflow.events.AgencyLetterKind;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.CustomerNoticeKind;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DelayedNotice;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.DemandType;
import org.demandflow.events.Executive;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.events.LetterOutcome;
import org.demandflow.events.NoticeOutcome;
import org.demandflow.events.NoticeScope;
import org.demandflow.events.OrderChallengeOutcome;
import org.demandflow.events.RejectionReason;
import org.demandflow.events.RequesterVerification;
import org.demandflow.events.ResponseDisposition;
import org.demandflow.events.ResponseStage;
import org.demandflow.events.SecrecyOrderAuthority;
import org.demandflow.events.SecrecyOrderChanged;
import org.demandflow.events.SecrecyOrderScope;
import org.demandflow.events.SecrecyOrderState;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.events.SubmissionRejected;

/** One example record of every contract, one demand's story (fictional names and addresses): the source of the golden files. */
final class ExampleRecords {

    static final String DEMAND_ID = "5f0c6a1e-8d1b-4c55-9a57-0e2f6b0f4a21";
    private static final Instant RECEIVED = Instant.parse("2026-11-28T09:30:00Z");
    private static final IssuingAuthority AUTHORITY = new IssuingAuthority("FBI", "US",
            "U.S. District Court, W.D. Wash.", "2:26-mj-00042", "Special Agent Dana Example", "dana@fbi.example.gov");

    private ExampleRecords() {
    }

    static SpecificRecord of(Contract contract) {
        return switch (contract) {
            case DEMAND_SUBMISSIONS -> submission();
            case DEMAND_SUBMISSION_REJECTIONS -> new SubmissionRejected("tkt-4711-2", "ticketing-eu", "LE-2026-0002",
                    List.of(new RejectionReason("issuingAuthority.country", "INVALID_COUNTRY",
                            "must be an ISO 3166-1 alpha-2 code in upper case, such as US or DE")),
                    RECEIVED.plusSeconds(61));
            case DEMANDS -> new DemandReceived(DEMAND_ID, "tkt-4711-1", "ticketing-eu", "LE-2026-0001", "contoso",
                    DemandType.SEARCH_WARRANT, AUTHORITY, List.of(DataCategory.SUBSCRIBER, DataCategory.CONTENT),
                    List.of("mailbox:ceo@contoso.example"), RECEIVED, RECEIVED.plusSeconds(14 * 86_400L), true);
            case DEMAND_SECRECY_STATUS -> new SecrecyStatusChanged(DEMAND_ID, "contoso", 3, SecrecyStatus.CLEARED,
                    "the secrecy order expired", List.of(), new DelayedNotice("USC_2705B", AUTHORITY.getCourt(),
                            AUTHORITY.getDocketNumber(), RECEIVED, RECEIVED.plusSeconds(90 * 86_400L)),
                    RECEIVED.plusSeconds(90 * 86_400L + 300));
            case CUSTOMER_EXECUTIVES -> new CustomerExecutives("contoso", List.of(new Executive("Ada Example",
                    "General Counsel", "counsel@contoso.example", true, true)), RECEIVED.minusSeconds(86_400));
            case CUSTOMER_NOTICES -> new CustomerNotice("9d7e3f40-1c2b-4a8e-b5d6-3f1e2a9c0b7d", DEMAND_ID, "contoso",
                    "counsel@contoso.example", NoticeScope.ALL_CONTACTS, 3, NoticeOutcome.SENT, null,
                    RECEIVED.plusSeconds(90 * 86_400L + 360), CustomerNoticeKind.DEMAND);
            case DEMAND_RESPONSES -> new DemandResponseChanged(DEMAND_ID, "contoso", 2,
                    ResponseStage.REDIRECT_REQUESTED, null, RequesterVerification.VERIFIED, 1, null,
                    AgencyLetterKind.REDIRECT, "the agency is asked to seek the data from the customer",
                    RECEIVED.plusSeconds(3_600));
            case SECRECY_ORDERS -> new SecrecyOrderChanged(DEMAND_ID, "contoso",
                    "0b8f2c6d-7e4a-4f1b-9c3d-2a5e6f7a8b9c", 1, SecrecyOrderAuthority.USC_2705B, SecrecyOrderScope.FULL,
                    RECEIVED, RECEIVED.plusSeconds(90 * 86_400L), "2027-02-26", "America/Los_Angeles",
                    SecrecyOrderState.ACTIVE, true, OrderChallengeOutcome.PENDING, RECEIVED.plusSeconds(7_200));
            case AGENCY_LETTERS -> new AgencyLetter("3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f", DEMAND_ID,
                    AgencyLetterKind.REDIRECT, "dana@fbi.example.gov", LetterOutcome.SENT, null,
                    RECEIVED.plusSeconds(3_660));
        };
    }

    /** A valid submission (intake accepts it). */
    static DemandSubmission submission() {
        return new DemandSubmission("tkt-4711-1", "ticketing-eu", "LE-2026-0001", "contoso", DemandType.SEARCH_WARRANT,
                AUTHORITY, List.of(DataCategory.SUBSCRIBER, DataCategory.CONTENT), List.of("mailbox:ceo@contoso.example"),
                RECEIVED, RECEIVED.plusSeconds(14 * 86_400L), true, "served by hand at the front desk");
    }
}
