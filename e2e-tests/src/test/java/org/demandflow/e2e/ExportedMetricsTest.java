package org.demandflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Events;
import org.demandflow.e2e.support.RestClient;
import org.demandflow.e2e.support.ServiceProcess;
import org.demandflow.e2e.support.Stack;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every metric the Grafana dashboard and the Prometheus alert rules in {@code deploy/observability} use is one the
 * running services export (scraped as an operator from each service's {@code /actuator/prometheus}, once one demand
 * has reached PENDING_REVIEW, as in any stack that has worked): a renamed meter or a typo in a rule breaks this test,
 * not an alert that silently never fires.
 */
class ExportedMetricsTest {

    /** The metric families the files may use: ours, the binder's, Kafka clients', the JVM's and the web server's. */
    private static final Pattern METRIC = Pattern.compile(
            "\\b((?:demandflow|spring_cloud_stream|kafka_consumer|kafka_producer|jvm|process|http_server)_[a-z0-9_]+)");
    private static final Path OBSERVABILITY = Path.of(System.getProperty("e2e.services"), "deploy", "observability");

    static Stack stack;

    @BeforeAll
    static void start() {
        stack = Stack.shared();
    }

    @Test
    void every_metric_of_the_dashboard_and_the_alert_rules_is_exported() throws InterruptedException {
        oneDemandReachesPendingReview();
        Set<String> exported = new TreeSet<>();
        for (ServiceProcess service : stack.services()) {
            exported.addAll(scrape(service));
        }
        Set<String> used = new TreeSet<>();
        used.addAll(usedIn(OBSERVABILITY.resolve("grafana/demandflow.json")));
        used.addAll(usedIn(OBSERVABILITY.resolve("prometheus/alerts.yml")));

        assertThat(used).as("metrics used by deploy/observability").isNotEmpty();
        assertThat(exported).as("metrics the services export").containsAll(used);
    }

    private static void oneDemandReachesPendingReview() throws InterruptedException {
        try (Events events = new Events(stack, List.of("demands", "demand-secrecy-status"))) {
            String customer = Demands.newCustomer();
            events.send("customer-executives", customer, Demands.directory(customer));
            DemandSubmission submission = Demands.submission(customer);
            events.send("demand-submissions", submission.getSubmissionId(), submission);
            String demandId = events.await("demands", DemandReceived.class,
                    demand -> demand.getSubmissionId().equals(submission.getSubmissionId())).getDemandId();
            events.await("demand-secrecy-status", SecrecyStatusChanged.class, status ->
                    status.getDemandId().equals(demandId) && status.getStatus() == SecrecyStatus.PENDING_REVIEW);
        }
    }

    private static Set<String> scrape(ServiceProcess service) {
        RestClient.Answer answer = new RestClient(service.url(), "operator").getText("/actuator/prometheus");
        assertThat(answer.status()).as(service.url()).isEqualTo(200);
        Set<String> names = new TreeSet<>();
        for (String line : answer.body().split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    private static Set<String> usedIn(Path file) {
        try {
            Set<String> names = new TreeSet<>();
            Matcher matcher = METRIC.matcher(Files.readString(file));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
