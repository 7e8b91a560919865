package org.demandflow.review.response.web;

import static org.awaitility.Awaitility.await;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.DemandType;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.testsupport.kafka.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The setup of the response track's integration tests: demands sent to {@code demands} as intake would, the
 * response actions over the API as a named user, and the records of {@code demand-responses} per demand.
 */
abstract class ResponseScenarios extends IntegrationTest {

    static final String REVIEWER = "reviewer";
    static final String SECOND_REVIEWER = "reviewer2";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TopicReader<Object> responses;

    @BeforeEach
    void readResponses() {
        responses = kafka().avroReader("demand-responses");
    }

    @AfterEach
    void closeReader() {
        responses.close();
    }

    /** Sends a demand as intake publishes it and waits for its response's first version; answers its id. */
    String received(DemandType type, List<DataCategory> categories, String country, String requesterEmail) {
        String demandId = UUID.randomUUID().toString();
        kafka().send("demands", demandId, demand(demandId, type, categories, country, requesterEmail));
        awaitVersions(demandId, 1);
        return demandId;
    }

    /** A demand of the FBI naming one account, as intake publishes it. */
    DemandReceived demand(String demandId, DemandType type, List<DataCategory> categories, String country,
                          String requesterEmail) {
        Instant now = clock.instant();
        return DemandReceived.newBuilder().setDemandId(demandId)
                .setSubmissionId(UUID.randomUUID().toString()).setSourceSystem("ticketing")
                .setExternalReference("T-" + demandId).setCustomerId("contoso").setDemandType(type)
                .setIssuingAuthority(IssuingAuthority.newBuilder().setAgency("FBI").setCountry(country)
                        .setRequesterEmail(requesterEmail).build())
                .setDataCategories(categories).setAccountIdentifiers(List.of("a@contoso.com"))
                .setReceivedAt(now).setResponseDueAt(null).setNondisclosureIndicated(false).build();
    }

    /** A search warrant for content and non-content from the US, with a requester e-mail of the FBI's. */
    String warrant() {
        return received(DemandType.SEARCH_WARRANT, List.of(DataCategory.CONTENT, DataCategory.NON_CONTENT), "US",
                "agent@fbi.gov");
    }

    /** The versions published for a demand so far, in topic order. */
    List<DemandResponseChanged> versionsOf(String demandId) {
        return valuesOf(responses, demandId).stream().map(DemandResponseChanged.class::cast).toList();
    }

    List<DemandResponseChanged> awaitVersions(String demandId, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> versionsOf(demandId), v -> v.size() >= count);
    }

    /** POSTs a JSON body to a response action as {@code user}. */
    ResultActions act(String user, String demandId, String action, String json) throws Exception {
        return mvc.perform(post("/api/v1/reviews/{id}/response/" + action, demandId).with(bearer(user))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions show(String user, String demandId) throws Exception {
        return mvc.perform(get("/api/v1/reviews/{id}/response", demandId).with(bearer(user)));
    }

    /** The JSON path of the kinds of a demand's items on the attention list. */
    static String kindsOf(String demandId) {
        return "$[?(@.demandId == '%s')].kind".formatted(demandId);
    }

    ResultActions attention() throws Exception {
        return mvc.perform(get("/api/v1/attention").with(bearer("auditor")));
    }

    /** Puts the FBI into the agency directory (domain fbi.gov, one callback number) as the reviewer. */
    ResultActions fbiKnown() throws Exception {
        return mvc.perform(put("/api/v1/agencies/fbi").with(bearer(REVIEWER)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "FBI", "country": "US", "emailDomains": ["fbi.gov"],
                         "callbackNumbers": ["+1 202 324 3000"]}"""));
    }

    /** Redirects the demand, and records that the agency insists: the response is in production review. */
    void insisted(String demandId) throws Exception {
        act(REVIEWER, demandId, "redirect", "{}");
        act(REVIEWER, demandId, "agency-answer", "{\"answer\": \"INSISTS\", \"note\": \"they insist\"}");
    }
}
