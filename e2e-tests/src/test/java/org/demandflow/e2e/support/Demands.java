package org.demandflow.e2e.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.DemandType;
import org.demandflow.events.Executive;
import org.demandflow.events.IssuingAuthority;

/** Test data: a customer with three executives, and a valid demand for its data. */
public final class Demands {

    /** The requester e-mail of {@link #submission(String)}. */
    public static final String REQUESTER = "dlee@fbi.example";

    private Demands() {
    }

    /** A customer id no other test uses. */
    public static String newCustomer() {
        return "cust-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String legal(String customerId) {
        return "legal@" + customerId + ".example";
    }

    /** A second legal-notice contact, in {@link #directoryWithDeputy(String)} only. */
    public static String deputy(String customerId) {
        return "deputy@" + customerId + ".example";
    }

    public static String ciso(String customerId) {
        return "ciso@" + customerId + ".example";
    }

    public static String cfo(String customerId) {
        return "cfo@" + customerId + ".example";
    }

    /** The general counsel takes legal notices; the CISO is approved for carve-outs; the CFO is neither. */
    public static CustomerExecutives directory(String customerId) {
        return directory(customerId, false);
    }

    /** As {@link #directory(String)}, with the CFO approved for carve-outs too when {@code cfoApproved}. */
    public static CustomerExecutives directory(String customerId, boolean cfoApproved) {
        return CustomerExecutives.newBuilder()
                .setCustomerId(customerId)
                .setExecutives(List.of(
                        executive("Grace Counsel", "General Counsel", legal(customerId), true, false),
                        executive("Ian Security", "CISO", ciso(customerId), false, true),
                        executive("Fay Numbers", "CFO", cfo(customerId), false, cfoApproved)))
                .setUpdatedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    /** As {@link #directory(String)}, with a deputy general counsel who takes legal notices too. */
    public static CustomerExecutives directoryWithDeputy(String customerId) {
        CustomerExecutives directory = directory(customerId, false);
        List<Executive> executives = new ArrayList<>(directory.getExecutives());
        executives.add(executive("Dev Deputy", "Deputy General Counsel", deputy(customerId), true, false));
        directory.setExecutives(executives);
        return directory;
    }

    public static DemandSubmission submission(String customerId) {
        return DemandSubmission.newBuilder()
                .setSubmissionId(UUID.randomUUID().toString())
                .setSourceSystem("e2e-ticketing")
                .setExternalReference("LE-" + UUID.randomUUID())
                .setCustomerId(customerId)
                .setDemandType(DemandType.SEARCH_WARRANT)
                .setIssuingAuthority(IssuingAuthority.newBuilder()
                        .setAgency("Federal Bureau of Investigation").setCountry("US")
                        .setCourt("U.S. District Court for the Western District of Washington")
                        .setDocketNumber("2:26-mj-00417").setRequesterName("Special Agent Dana Lee")
                        .setRequesterEmail(REQUESTER).build())
                .setDataCategories(List.of(DataCategory.SUBSCRIBER, DataCategory.CONTENT))
                .setAccountIdentifiers(List.of("mailbox-" + customerId))
                .setReceivedAt(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS))
                .setResponseDueAt(Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS))
                .setNondisclosureIndicated(true)
                .setNotes(null)
                .build();
    }

    private static Executive executive(String name, String title, String email, boolean legal, boolean carveOut) {
        return Executive.newBuilder().setName(name).setTitle(title).setEmail(email)
                .setLegalNoticeContact(legal).setSecrecyCarveOutApproved(carveOut).build();
    }
}
