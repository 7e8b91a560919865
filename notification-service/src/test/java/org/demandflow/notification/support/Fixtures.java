package org.demandflow.notification.support;

import java.time.Instant;
import java.util.List;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.directory.CustomerDirectory;
import org.demandflow.notification.directory.Executive;
import org.demandflow.notification.gate.DelayedNotice;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.support.domain.DemandId;

/** The demo customer contoso and its demands, statuses and delays, as domain values. */
public final class Fixtures {

    public static final String CUSTOMER = "contoso";
    public static final String LEGAL = "ada@contoso.example";
    public static final String CISO = "bob@contoso.example";
    public static final String CFO = "cy@contoso.example";
    public static final String CEO = "dee@contoso.example";
    public static final String REQUESTER = "smith@fbi.example";
    public static final Instant RECEIVED = Instant.parse("2026-05-04T13:00:00Z");
    public static final DelayedNotice DELAY = new DelayedNotice("USC_2705A", "W.D. Wash.", "MJ-26-117",
            Instant.parse("2026-05-05T00:00:00Z"), Instant.parse("2026-08-03T00:00:00Z"));

    /** What contoso's demands state besides (as {@link AvroRecords#demandReceived} publishes them). */
    public static final DemandFacts.Particulars PARTICULARS = new DemandFacts.Particulars("T-4711", "W.D. Wash.",
            "MJ-26-117", REQUESTER, List.of("mailbox-7@contoso.example"), Instant.parse("2026-05-18T13:00:00Z"));

    private Fixtures() {
    }

    /** Ada (legal contact, carve-out approved), Bob (approved only), Cy (legal contact only), Dee (neither). */
    public static CustomerDirectory contoso() {
        return new CustomerDirectory(CUSTOMER, List.of(
                new Executive("Ada Lovelace", "General Counsel", LEGAL, true, true),
                new Executive("Bob Ross", "CISO", CISO, false, true),
                new Executive("Cy Young", "CFO", CFO, true, false),
                new Executive("Dee Dee", "CEO", CEO, false, false)), Instant.parse("2026-01-01T00:00:00Z"));
    }

    public static DemandFacts demand(DemandId demandId, String customerId) {
        return new DemandFacts(demandId, customerId, "SEARCH_WARRANT", List.of("SUBSCRIBER", "CONTENT"), "FBI", "US",
                RECEIVED, PARTICULARS);
    }

    public static StatusChange status(DemandId demandId, int version, SecrecyStatus status, String... permitted) {
        return status(demandId, CUSTOMER, version, status, null, permitted);
    }

    public static StatusChange status(DemandId demandId, String customerId, int version, SecrecyStatus status,
                                      DelayedNotice delay, String... permitted) {
        return new StatusChange(demandId, customerId, version, status, "reviewed", List.of(permitted), delay,
                Instant.now());
    }
}
