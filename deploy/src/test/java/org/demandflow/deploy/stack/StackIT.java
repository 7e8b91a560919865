package org.demandflow.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.demandflow.testsupport.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The README's first command as a new user runs it: a data folder that has never held anything
 * (no PostgreSQL binaries unpacked, no Kafka storage, no keys), {@code deploy/local/stack up -d},
 * one demand from submission to the customer's mail, the broker's ACLs and the registry's authentication
 * as the principals of {@code stack credentials NAME} see them, a second instance of each service
 * ({@code up -d --instances 2}), then {@code deploy/local/stack down}. Runs
 * after {@code package} (Failsafe) on the jars of this build, on free ports, so it neither
 * rebuilds nor touches a stack a developer has running.
 */
class StackIT {

    private static final String LEGAL_CONTACT = "avery.chen@contoso.example";
    private static final String STATUS = "demand-secrecy-status";
    private static final String REQUESTER = "agent@fbi.example";

    private static StackCommand stack;
    private final LocalHttp http = new LocalHttp(user -> stack.token(user));

    @BeforeAll
    static void freshDataFolder() throws IOException {
        stack = new StackCommand(StackCommand.root(), StackCommand.freshWork("stack.work", "target/stack-it"));
    }

    @AfterAll
    static void down() throws Exception {
        int exit = stack.run("down", 3, "down");
        assertThat(exit).as("stack down:%n%s", stack.log("down")).isZero();
        assertThat(stack.run("status", 1, "status")).as("status after down: nothing runs").isEqualTo(3);
        assertThat(stack.log("status")).doesNotContain(" up ", " starting ");
        try (Stream<Path> pidFiles = Files.list(stack.data().resolve("run"))) {
            assertThat(pidFiles.map(Path::getFileName).map(Path::toString)).as("pid files left after down")
                    .noneMatch(name -> name.endsWith(".pid"));
        }
    }

    @Test
    void a_fresh_clone_comes_up_and_takes_one_demand_from_submission_to_the_customers_mail() throws Throwable {
        assertThat(stack.data().resolve("postgres-binaries")).doesNotExist();

        int up = stack.run("up", 15, "up", "-d");

        assertThat(up).as("deploy/local/stack up -d:%n%s", stack.log("up")).isZero();
        assertThat(stack.data().resolve("postgres-binaries")).as("PostgreSQL unpacked under the data folder")
                .isDirectory();
        eachServiceRunsFromItsClassArchive();
        theDemoReportOf2025H2IsPublicAndAnOpenPeriodIsRefused();
        String demandId = submitDemand();
        awaitStatus(demandId, "PENDING_REVIEW");
        HttpResponse<String> decision = http.post(stack.port("order-review"),
                "/api/v1/reviews/" + demandId + "/no-secrecy-order", "reviewer", "{\"note\":\"stack smoke test\"}");
        assertThat(decision.statusCode()).as(decision.body()).isEqualTo(200);
        awaitStatus(demandId, "CLEARED");
        awaitSentNotice(demandId);
        awaitMail(LEGAL_CONTACT, "Notice of a government demand");
        theAgencyIsSentToTheCustomerAndTheResponseClosesRedirected(demandId);
        anInsistingAgencyGetsNonContentAfterProductionReview();
        theBrokerLetsEachPrincipalDoOnlyWhatThePlanAllows();
        theConsoleConsumerPrintsJsonAndADeadLetterIsReplayed();
        aReviewerTakesADemandFromTheQueueToADecisionInTheConsole();
        theRegistryRefusesAnAnonymousRegistration();
        theServicesRefuseACallWithoutAToken(demandId);
        aSecondInstanceOfEachServiceJoinsTheFirst();
    }

    /**
     * Issue 15's "done when": in a real browser (headless Chromium), a reviewer signs in at the stack's
     * authorization server, takes a demand from the console's queue, records an order after the confirmation step,
     * and the status changes; a screenshot of the case page is left under target/screenshots.
     */
    private void aReviewerTakesADemandFromTheQueueToADecisionInTheConsole() throws Exception {
        String demandId = submitDemand();
        awaitStatus(demandId, "PENDING_REVIEW");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Browser browser = Browser.start("http://127.0.0.1:" + stack.port("order-review"))) {
            browser.signIn("reviewer", "/console/signed-out", "/console", "/console/queue");
            browser.open("/console/queue").click(By.linkText(demandId));
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("PENDING_REVIEW");
            browser.click(By.id("record-order"));
            browser.find(By.id("authority")).findElement(By.cssSelector("option[value=USC_2705B]")).click();
            browser.fill("court", "W.D. Wash.").fill("docketNumber", "2:26-mj-stack")
                    .date("issuedOn", today.toString()).date("expiresOn", today.plusDays(90).toString())
                    .fill("timeZone", "America/Los_Angeles").click(By.id("check"));
            assertThat(browser.find(By.id("outcome")).getText()).contains("Restricted: nobody may be told");
            browser.click(By.id("confirm"));
            browser.awaitPath("/console/cases/" + demandId);
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("RESTRICTED");
            browser.screenshot("stack-console-case");
        }
        awaitStatus(demandId, "RESTRICTED");
    }

    /**
     * Issue 16's "done when": the demo's closed period is public without credentials, national security only in a
     * band, and a period that has not closed plus its delay is refused with a problem.
     */
    private void theDemoReportOf2025H2IsPublicAndAnOpenPeriodIsRefused() throws Exception {
        int transparency = stack.port("transparency");
        List<HttpResponse<String>> report = new java.util.ArrayList<>(List.of());
        await("the report of 2025-H2").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            report.add(0, http.get(transparency, "/api/v1/reports/2025-H2", null));
            return report.get(0).statusCode() == 200;
        });
        tools.jackson.databind.JsonNode published = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(report.get(0).body());
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        tools.jackson.databind.JsonNode body = published.path("report");
        assertThat(body.path("allCountries").path("total").path("demands").asInt()).as(report.get(0).body())
                .isEqualTo(18);
        assertThat(body.path("countries").toString()).contains("\"country\":\"US\"", "\"country\":\"DE\"",
                "\"country\":\"GB\"");
        assertThat(body.path("bands").path("nationalSecurityDemands").path("to").asInt()).isEqualTo(499);

        HttpResponse<String> open = http.get(transparency, "/api/v1/reports/2026-H2", null);
        assertThat(open.statusCode()).as(open.body()).isEqualTo(409);
        assertThat(open.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(open.body()).contains("may be published from 2027-07-01");
    }

    /** Issue 14's start-up: each service maps the archive its training made (app.jsa on Java 17-24, app.aot on 25+). */
    private void eachServiceRunsFromItsClassArchive() throws IOException {
        String archive = Runtime.version().feature() >= 25 ? "app.aot" : "app.jsa";
        for (String service : StackCommand.SERVICES) {
            assertThat(stack.mappedArchives(service)).as(service)
                    .containsExactly(stack.data().resolve("run/cds/" + service + "/" + archive));
        }
    }

    /** Issue 14's scale-out: {@code up -d --instances 2} adds an instance of each service on its port + 100. */
    private void aSecondInstanceOfEachServiceJoinsTheFirst() throws Exception {
        int up = stack.run("up-instances", 8, "up", "-d", "--instances", "2");

        assertThat(up).as("deploy/local/stack up -d --instances 2:%n%s", stack.log("up-instances")).isZero();
        assertThat(stack.run("status-instances", 1, "status")).as(stack.log("status-instances")).isZero();
        for (String service : List.of("intake", "order-review", "notification")) {
            int second = stack.port(service) + StackCommand.INSTANCE_PORT_STEP;
            assertThat(stack.log("status-instances")).containsPattern(service + "-2\\s+up\\s+127\\.0\\.0\\.1:" + second);
            assertThat(http.get(second, "/actuator/health", null).statusCode()).as(service + "-2").isEqualTo(200);
        }
        http.forgetTokens();
        awaitStatus(submitDemand(), "PENDING_REVIEW");
    }

    /** Issue 13's "done when": a redirect letter to the requester, the agency's answer, a REDIRECTED close. */
    private void theAgencyIsSentToTheCustomerAndTheResponseClosesRedirected(String demandId) throws Exception {
        respond(demandId, "redirect", "{\"note\":\"stack smoke test\"}");
        awaitMail(REQUESTER, "please seek the data from the customer");
        respond(demandId, "agency-answer", "{\"answer\":\"WILL_SEEK_FROM_CUSTOMER\"}");

        awaitMail(LEGAL_CONTACT, "Update: our final response");
        assertThat(responses(demandId, 3)).as("UNDER_REVIEW, REDIRECT_REQUESTED, CLOSED on demand-responses")
                .hasSize(3).allSatisfy(StackIT::isConfluentWireFormat);
    }

    /** Issue 13's "done when": an agency that insists, production review, DISCLOSED_NON_CONTENT. */
    private void anInsistingAgencyGetsNonContentAfterProductionReview() throws Exception {
        String demandId = submitDemand();
        awaitStatus(demandId, "PENDING_REVIEW");
        respond(demandId, "redirect", "{\"note\":\"stack smoke test\"}");
        respond(demandId, "agency-answer", "{\"answer\":\"INSISTS\"}");
        respond(demandId, "disposition", "{\"disposition\":\"DISCLOSED_NON_CONTENT\",\"reason\":\"subpoena\"}");

        HttpResponse<String> response = http.get(stack.port("order-review"),
                "/api/v1/reviews/" + demandId + "/response", "auditor");
        assertThat(response.body()).containsPattern("\"stage\"\\s*:\\s*\"CLOSED\"")
                .containsPattern("\"disposition\"\\s*:\\s*\"DISCLOSED_NON_CONTENT\"");
        assertThat(responses(demandId, 4)).as("UNDER_REVIEW, REDIRECT_REQUESTED, PRODUCTION_REVIEW, CLOSED")
                .hasSize(4).allSatisfy(StackIT::isConfluentWireFormat);
    }

    private void respond(String demandId, String action, String body) throws Exception {
        HttpResponse<String> answer = http.post(stack.port("order-review"),
                "/api/v1/reviews/" + demandId + "/response/" + action, "reviewer", body);
        assertThat(answer.statusCode()).as("%s: %s", action, answer.body()).isEqualTo(200);
    }

    /** The values of the demand's responses as ops reads them on demand-responses (waits for {@code expected}). */
    private List<byte[]> responses(String demandId, int expected) throws Exception {
        BrokerAccess broker = new BrokerAccess(stack);
        return broker.values(broker.credentials("ops"), "demand-responses", demandId, expected);
    }

    /** Byte 0 is the magic byte 0, then a 4-byte schema id, then the Avro body. */
    private static void isConfluentWireFormat(byte[] value) {
        assertThat(value.length).isGreaterThan(5);
        assertThat(value[0]).isZero();
    }

    /** Issue 12's "done when": a token of {@code stack token reviewer} works (above); without one, 401. */
    private void theServicesRefuseACallWithoutAToken(String demandId) throws Exception {
        HttpResponse<String> anonymous = http.get(stack.port("order-review"), "/api/v1/reviews/" + demandId, null);
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    /** Issue 12's "done when": nobody but order review writes statuses; nobody unauthenticated gets in. */
    private void theBrokerLetsEachPrincipalDoOnlyWhatThePlanAllows() throws Exception {
        BrokerAccess broker = new BrokerAccess(stack);
        Map<String, Object> ops = broker.credentials("ops");

        assertThat(catchThrowable(() -> broker.send(broker.credentials("notification-service"), STATUS)))
                .as("notification-service writing %s", STATUS).isInstanceOf(TopicAuthorizationException.class);
        // ops may write no topic at all: the idempotent producer is refused its id already (a cluster right).
        assertThat(catchThrowable(() -> broker.send(ops, STATUS))).as("ops writing")
                .isInstanceOf(ClusterAuthorizationException.class);
        assertThat(catchThrowable(() -> broker.send(Map.of(), STATUS))).as("a client without credentials")
                .isInstanceOf(TimeoutException.class).hasMessageContaining("not present in metadata");
        Map<String, Object> wrong = new HashMap<>(ops);
        wrong.put("sasl.jaas.config", ops.get("sasl.jaas.config").toString().replaceAll("password=\"[^\"]*\"",
                "password=\"guessed\""));
        assertThat(catchThrowable(() -> broker.send(wrong, STATUS))).as("a wrong password")
                .isInstanceOf(SaslAuthenticationException.class);
        assertThat(broker.read(ops, STATUS, "ops-stack-it")).as("ops reads the statuses").isPositive();
    }

    /**
     * Issue 17's operator tools: the console consumer prints records as JSON (Avro decoded with the registry, a
     * dead letter's undecodable bytes with the reason), and {@code tool replay} sends a dead letter back to its
     * topic, refusing a principal that may not write it and changing nothing on a dry run.
     */
    private void theConsoleConsumerPrintsJsonAndADeadLetterIsReplayed() throws Throwable {
        BrokerAccess broker = new BrokerAccess(stack);
        broker.send(broker.credentials("ticketing"), "demand-submissions");
        String dlt = "demand-submissions-dlt";

        assertThat(tool("dead-letter", "console-consumer", "--topic", dlt, "--from-beginning", "--max-messages", "1",
                "--timeout-ms", "60000"))
                .contains("\"kafka_dlt-original-topic\":\"demand-submissions\"", "\"undecodable\":")
                .doesNotContain("not a status");
        assertThat(tool("demands-json", "console-consumer", "--topic", "demands", "--from-beginning",
                "--max-messages", "1", "--timeout-ms", "60000"))
                .containsPattern("\"value\":\\{\"demandId\":\"[0-9a-f-]{36}\"");

        assertThat(stack.run("replay-as-ops", 2, "tool", "replay", "--from", dlt)).as(stack.log("replay-as-ops"))
                .isEqualTo(3);
        assertThat(stack.log("replay-as-ops")).contains("refused: this principal may not write [demand-submissions]");
        assertThat(tool("replay-dry", "--as", "ticketing", "replay", "--from", dlt, "--dry-run"))
                .contains("dry run, nothing sent; 1 would be replayed");
        assertThat(tool("replay", "--as", "ticketing", "replay", "--from", dlt)).contains("replayed 1");

        // the replayed record is the same poison, so intake dead-letters it again: now with the replay header
        assertThat(tool("dead-letters", "console-consumer", "--topic", dlt, "--from-beginning", "--max-messages", "2",
                "--timeout-ms", "60000"))
                .contains("\"demandflow-replayed-from\":\"demand-submissions-dlt/");
    }

    /** Runs {@code deploy/local/stack tool ARGS} and answers what it printed; it must succeed. */
    private String tool(String name, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "tool";
        System.arraycopy(args, 0, command, 1, args.length);
        int exit = stack.run(name, 2, command);
        assertThat(exit).as("stack tool %s:%n%s", String.join(" ", args), stack.log(name)).isZero();
        return stack.log(name);
    }

    private void theRegistryRefusesAnAnonymousRegistration() throws Exception {
        HttpResponse<String> anonymous = http.post(stack.port("registry"), "/subjects/stack-it-value/versions", null,
                "{\"schema\": \"\\\"string\\\"\"}");
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
    }

    private String submitDemand() throws Exception {
        String body = """
                {"externalReference": "SMOKE-%s", "customerId": "contoso", "demandType": "SUBPOENA",
                 "issuingAuthority": {"agency": "FBI", "country": "US", "requesterEmail": "%s"},
                 "dataCategories": ["SUBSCRIBER"], "accountIdentifiers": ["ceo@contoso.example"],
                 "receivedAt": "2026-11-28T09:00:00Z", "nondisclosureIndicated": false}
                """.formatted(UUID.randomUUID(), REQUESTER);
        HttpResponse<String> created = http.post(stack.port("intake"), "/api/v1/demands", "operator", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"demandId\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        return id.group(1);
    }

    private void awaitStatus(String demandId, String status) {
        await("order review shows " + status).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    HttpResponse<String> review = http.get(stack.port("order-review"), "/api/v1/reviews/" + demandId,
                            "reviewer");
                    assertThat(review.statusCode()).isEqualTo(200);
                    assertThat(review.body()).containsPattern("\"status\"\\s*:\\s*\"" + status + "\"");
                });
    }

    private void awaitSentNotice(String demandId) {
        await("a SENT notice to the legal contact").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    HttpResponse<String> notices = http.get(stack.port("notification"),
                            "/api/v1/notices?demandId=" + demandId, "auditor");
                    assertThat(notices.statusCode()).isEqualTo(200);
                    assertThat(notices.body()).contains(LEGAL_CONTACT).containsPattern("\"state\"\\s*:\\s*\"SENT\"");
                });
    }

    private void awaitMail(String address, String text) {
        await("a mail to " + address + " in the SMTP sink").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    HttpResponse<String> inbox = http.get(stack.port("smtp-api"),
                            "/api/user/" + address + "/messages/INBOX", null);
                    assertThat(inbox.statusCode()).isEqualTo(200);
                    assertThat(inbox.body()).contains(text);
                });
    }
}
