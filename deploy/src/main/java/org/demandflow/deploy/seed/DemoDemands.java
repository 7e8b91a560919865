package org.demandflow.deploy.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's closed period 2025-H2, so that transparency-service has a report to publish on a new stack: demands
 * received from July to December 2025, taken in by intake (REST, as {@code operator}) and decided by the reviewers
 * through order-review's API like any other: most with no secrecy order ({@code reviewer}, and {@code reviewer2}
 * where four eyes apply), three per country and demand type so no cell is suppressed; a few with a secrecy order
 * without an end date (counted only in bands); and national security letters (only in bands). Idempotent: a ticket
 * already taken in answers its demand, and a case already decided is left alone. It returns once transparency-service
 * has read every decision (the auditors' draft of 2025-H2 counts them all), so that a report asked for next is
 * complete. Tokens come from the environment ({@code DEMO_TOKEN_OPERATOR}, {@code DEMO_TOKEN_REVIEWER},
 * {@code DEMO_TOKEN_REVIEWER2}, {@code DEMO_TOKEN_AUDITOR}); arguments: intake's, order-review's and
 * transparency-service's base URLs.
 */
public final class DemoDemands {

    private static final Logger log = LoggerFactory.getLogger(DemoDemands.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> COUNTRIES = List.of("US", "DE", "GB");
    private static final List<String> TYPES = List.of("SUBPOENA", "SEARCH_WARRANT");
    private static final int PER_CELL = 3;
    private static final int WITH_ORDER = 2;
    private static final int NATIONAL_SECURITY = 2;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** One demo demand: its ticket, facts and what the reviewers decide. */
    record Demo(String reference, String customer, String type, String country, Instant receivedAt, boolean order) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String intake;
    private final String review;
    private final String transparency;
    private final Map<String, String> tokens;

    DemoDemands(String intake, String review, String transparency, Map<String, String> tokens) {
        this.intake = intake;
        this.review = review;
        this.transparency = transparency;
        this.tokens = tokens;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> tokens = Map.of("operator", System.getenv("DEMO_TOKEN_OPERATOR"),
                "reviewer", System.getenv("DEMO_TOKEN_REVIEWER"), "reviewer2", System.getenv("DEMO_TOKEN_REVIEWER2"),
                "auditor", System.getenv("DEMO_TOKEN_AUDITOR"));
        DemoDemands demo = new DemoDemands(args[0], args[1], args[2], tokens);
        int decided = 0;
        for (Demo demand : demands()) {
            decided += demo.seed(demand) ? 1 : 0;
        }
        demo.awaitTransparencyHasReadThemAll();
        log.info("demo demands of 2025-H2: {} in all, {} decided now", demands().size(), decided);
    }

    /** The demo's demands, the same at every run. */
    static List<Demo> demands() {
        List<Demo> demands = new ArrayList<>();
        Instant start = Instant.parse("2025-07-01T09:00:00Z");
        int index = 0;
        for (String country : COUNTRIES) {
            for (String type : TYPES) {
                for (int i = 0; i < PER_CELL; i++) {
                    demands.add(new Demo("DEMO-2025H2-" + index, index % 2 == 0 ? "contoso" : "fabrikam", type,
                            country, start.plus(Duration.ofDays(8L * index)), false));
                    index++;
                }
            }
        }
        for (int i = 0; i < WITH_ORDER; i++) {
            demands.add(new Demo("DEMO-2025H2-" + index, "contoso", "COURT_ORDER", "US",
                    start.plus(Duration.ofDays(8L * index)), true));
            index++;
        }
        for (int i = 0; i < NATIONAL_SECURITY; i++) {
            demands.add(new Demo("DEMO-2025H2-" + index, "fabrikam", "NATIONAL_SECURITY_LETTER", "US",
                    start.plus(Duration.ofDays(8L * index)), false));
            index++;
        }
        return demands;
    }

    /** Takes the demand in and decides it if its case is still pending; answers whether it decided now. */
    boolean seed(Demo demo) throws IOException, InterruptedException {
        String demandId = submit(demo);
        JsonNode reviewCase = awaitCase(demandId);
        if (!reviewCase.path("status").asString().equals("PENDING_REVIEW")) {
            return false;
        }
        HttpResponse<String> decision = demo.order()
                ? post(review + "/api/v1/reviews/" + demandId + "/secrecy-orders", "reviewer", order(demo))
                : post(review + "/api/v1/reviews/" + demandId + "/no-secrecy-order", "reviewer",
                        Map.of("note", "demo: no order came with the demand"));
        if (decision.statusCode() == 202) {
            String proposal = JSON.readTree(decision.body()).path("proposalId").asString();
            decision = post(review + "/api/v1/approvals/" + proposal, "reviewer2",
                    Map.of("decision", "APPROVE", "note", "demo: second reviewer agrees"));
        }
        if (decision.statusCode() >= 300) {
            throw new IllegalStateException("deciding " + demo.reference() + " answered " + decision.statusCode());
        }
        return true;
    }

    /**
     * Waits until the auditors' draft of 2025-H2 counts every demo demand where the report puts it: the cleared ones
     * exactly, those under an order and the national security letters in their bands.
     */
    void awaitTransparencyHasReadThemAll() throws IOException, InterruptedException {
        List<Demo> demands = demands();
        long withheld = demands.stream().filter(Demo::order).count();
        long nationalSecurity = demands.stream().filter(demo -> demo.type().equals("NATIONAL_SECURITY_LETTER")).count();
        long exact = demands.size() - withheld - nationalSecurity;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(
                            URI.create(transparency + "/api/v1/report-drafts/2025-H2"))
                    .header("Authorization", "Bearer " + tokens.get("auditor")).GET().build());
            if (answer.statusCode() == 200) {
                JsonNode draft = JSON.readTree(answer.body());
                if (draft.path("withheldDemands").asLong() == withheld
                        && draft.path("nationalSecurityDemands").asLong() == nationalSecurity
                        && draft.path("report").path("allCountries").path("total").path("demands").asLong() == exact) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("transparency-service's draft of 2025-H2 did not count the demo's "
                        + demands.size() + " demands within " + PATIENCE + " (last answer " + answer.statusCode() + ")");
            }
            Thread.sleep(500);
        }
    }

    private String submit(Demo demo) throws IOException, InterruptedException {
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("externalReference", demo.reference());
        submission.put("customerId", demo.customer());
        submission.put("demandType", demo.type());
        submission.put("issuingAuthority", Map.of("agency", agency(demo.country()), "country", demo.country(),
                "requesterEmail", "requests@" + demo.country().toLowerCase() + "-agency.example"));
        submission.put("dataCategories", List.of("SUBSCRIBER"));
        submission.put("accountIdentifiers", List.of("it@" + demo.customer() + ".example"));
        submission.put("receivedAt", demo.receivedAt().toString());
        submission.put("nondisclosureIndicated", demo.order());
        HttpResponse<String> answer = post(intake + "/api/v1/demands", "operator", submission);
        if (answer.statusCode() != 201 && answer.statusCode() != 200) {
            throw new IllegalStateException("submitting " + demo.reference() + " answered " + answer.statusCode());
        }
        return JSON.readTree(answer.body()).path("demandId").asString();
    }

    private JsonNode awaitCase(String demandId) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(review + "/api/v1/reviews/" + demandId))
                    .header("Authorization", "Bearer " + tokens.get("reviewer")).GET().build());
            if (answer.statusCode() == 200) {
                return JSON.readTree(answer.body());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no review case for demand " + demandId + " within " + PATIENCE);
            }
            Thread.sleep(250);
        }
    }

    private static Map<String, Object> order(Demo demo) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("authority", "USC_2705B");
        order.put("court", "U.S. District Court for the Western District of Washington");
        order.put("docketNumber", "2:25-mj-" + demo.reference().substring(demo.reference().lastIndexOf('-') + 1));
        order.put("issuedAt", demo.receivedAt().toString());
        order.put("expiresAt", null);
        order.put("scope", "FULL");
        order.put("permittedRecipients", List.of());
        order.put("exceptionalCircumstances", null);
        return order;
    }

    private static String agency(String country) {
        return switch (country) {
            case "US" -> "FBI";
            case "DE" -> "BKA";
            default -> "NCA";
        };
    }

    private HttpResponse<String> post(String url, String user, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + tokens.get(user))
                .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
