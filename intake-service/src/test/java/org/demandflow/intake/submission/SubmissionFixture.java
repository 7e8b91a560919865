package org.demandflow.intake.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.demandflow.contracts.submission.Submission;
import org.demandflow.contracts.submission.Submission.Authority;

/** A valid submission to start a test from, with one value changed per test. */
public final class SubmissionFixture {

    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    public String submissionId = "sub-1";
    public String sourceSystem = "ticketing";
    public String externalReference = "LE-2026-0001";
    public String customerId = "contoso";
    public String demandType = "SEARCH_WARRANT";
    public String agency = "FBI";
    public String country = "US";
    public String court = "U.S. District Court, W.D. Washington";
    public String docketNumber = "2:26-mj-00123";
    public String requesterName = "Agent Smith";
    public String requesterEmail = "a.smith@fbi.example.gov";
    public boolean withAuthority = true;
    public List<String> dataCategories = new ArrayList<>(List.of("SUBSCRIBER", "CONTENT"));
    public List<String> accountIdentifiers = new ArrayList<>(List.of("user@contoso.example", "tenant-42"));
    public Instant receivedAt = NOW.minusSeconds(3600);
    public Instant responseDueAt = NOW.plusSeconds(14 * 86400);
    public Boolean nondisclosureIndicated = true;
    public String notes = "Served by hand.";

    public Submission build() {
        Authority authority = withAuthority
                ? new Authority(agency, country, court, docketNumber, requesterName, requesterEmail) : null;
        return new Submission(submissionId, sourceSystem, externalReference, customerId, demandType, authority,
                dataCategories, accountIdentifiers, receivedAt, responseDueAt, nondisclosureIndicated, notes);
    }
}
