package org.demandflow.e2e.harness;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.demandflow.e2e.harness.Checks.NoticeRow;
import org.demandflow.e2e.support.ConsumerProgress;
import org.demandflow.e2e.support.Databases;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Events;
import org.demandflow.e2e.support.FourEyes;
import org.demandflow.e2e.support.Mailbox;
import org.demandflow.e2e.support.Mailbox.Envelope;
import org.demandflow.e2e.support.ReviewApi;
import org.demandflow.e2e.support.ServiceProcess;
import org.demandflow.e2e.support.Stack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault harness: drives N demands with a random mix of scenarios while {@link Chaos} kills and
 * restarts the services and the broker, lets the system settle, then checks the safety rules and
 * prints the figures. {@link #main} runs it on a stack of its own; {@code FaultHarnessTest} in CI.
 */
public final class FaultHarness {

    private static final Logger log = LoggerFactory.getLogger(FaultHarness.class);

    /**
     * The steps block on HTTP calls (a decision, its approval, reading the case back); more threads than this only
     * starve the services.
     */
    private static final int STEP_THREADS = 12;

    private final Stack stack;
    private final HarnessSettings settings;

    public FaultHarness(Stack stack, HarnessSettings settings) {
        this.stack = stack;
        this.settings = settings;
    }

    /** Runs the harness with {@code -Dharness.*} settings on a fresh stack; exits 1 on any violation. */
    public static void main(String[] args) throws Exception {
        HarnessReport report;
        HarnessSettings settings = HarnessSettings.fromSystemProperties();
        try (Stack stack = Stack.start(Files.createTempDirectory("fault-harness"), settings.instances())) {
            report = new FaultHarness(stack, settings).run();
        }
        System.exit(report.violations().isEmpty() ? 0 : 1);
    }

    public HarnessReport run() throws Exception {
        Instant started = Instant.now();
        Random random = new Random(settings.seed());
        String prefix = "h" + Long.toString(Math.abs(settings.seed()) % 1_000_000, 36) + "-" + started.getEpochSecond() % 100_000 + "-";
        Observations seen = new Observations(prefix);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(STEP_THREADS);
        try (Events events = new Events(stack, Observations.TOPICS, seen::record);
             ConsumerProgress progress = new ConsumerProgress(stack)) {
            ReviewSteps reviewer = new ReviewSteps(new ReviewApi(stack.review, "reviewer"), new FourEyes(approvals()));
            Steps steps = new Steps(scheduler, settings.patience());
            Workload workload = new Workload(settings, random, prefix, events, seen, reviewer, steps);
            stack.smtp.holdWith(new DoorHolds(workload.trials, reviewer, steps, seen, progress));
            workload.seedDirectories();
            awaitDirectories(prefix);
            Chaos chaos = new Chaos(stack, settings, random);
            workload.start();
            chaos.run();
            settle(workload, prefix);
            HarnessReport report = report(workload, chaos, seen, prefix, started);
            log.info(report.summary());
            Files.writeString(Path.of(System.getProperty("harness.report", "target/harness-report.txt")),
                    report.summary() + "\n");
            return report;
        } finally {
            stack.smtp.holdWith(recipient -> null);
            scheduler.shutdownNow();
        }
    }

    /**
     * Where the second reviewer approves: the last instance of order review, so with a pair a proposal is made on
     * one instance and approved on the other (the approval is bound to the case version the proposal was made on).
     */
    private ServiceProcess approvals() {
        List<ServiceProcess> reviews = stack.instancesOf(stack.review);
        return reviews.get(reviews.size() - 1);
    }

    private void awaitDirectories(String prefix) {
        await("directories known").atMost(Duration.ofMinutes(5)).until(() -> stack.databases.count(Databases.NOTIFICATION,
                "SELECT count(*) FROM customer_directory WHERE customer_id LIKE '" + prefix + "%'") == settings.demands());
    }

    /** Waits until every trial is done and told, and no notice is pending, or until the settle time is up. */
    private void settle(Workload workload, String prefix) {
        Mailbox mailbox = new Mailbox(stack.mail);
        try {
            Duration poll = Duration.ofSeconds(settings.demands() > 1000 ? 10 : 2);
            await("settled").atMost(settings.window().plus(settings.settle())).pollInterval(poll)
                    .until(() -> settled(workload, mailbox, prefix));
        } catch (ConditionTimeoutException e) {
            log.warn("the run did not settle; checking as it stands");
        }
    }

    private boolean settled(Workload workload, Mailbox mailbox, String prefix) {
        boolean trialsDone = workload.trials.stream().allMatch(t -> t.completed || t.problem != null);
        Set<String> told = mailbox.recipients();
        boolean allTold = workload.trials.stream().filter(Trial::legalNoticeExpected)
                .allMatch(t -> told.contains(Demands.legal(t.customerId)));
        return trialsDone && allTold && stack.databases.count(Databases.NOTIFICATION, "SELECT count(*) FROM notice"
                + " WHERE state IN ('PENDING', 'SENDING') AND customer_id LIKE '" + prefix + "%'") == 0;
    }

    private HarnessReport report(Workload workload, Chaos chaos, Observations seen, String prefix, Instant started) {
        List<Envelope> mails = new Mailbox(stack.mail).envelopes().stream().filter(m -> m.recipient().contains("@" + prefix)).toList();
        List<NoticeRow> notices = stack.databases.query(Databases.NOTIFICATION,
                "SELECT id::text, demand_id, status_version, recipient_email, state FROM notice WHERE customer_id LIKE '"
                        + prefix + "%'").stream()
                .map(r -> new NoticeRow((String) r.get(0), (String) r.get(1), (Integer) r.get(2), (String) r.get(3),
                        (String) r.get(4)))
                .toList();
        Checks checks = new Checks(workload.trials, seen, mails, notices, settings);
        checks.run(stack.databases);
        Map<String, Integer> kills = new TreeMap<>();
        chaos.kills.forEach((target, count) -> kills.put(target, count.get()));
        return new HarnessReport(settings.seed(), stack.instancesOf(stack.review).size(), workload.trials.size(),
                workload.redeliveries.get(),
                (int) workload.trials.stream().filter(t -> seen.demandIdOf(t.submissionId()) != null).count(),
                (int) workload.trials.stream().filter(t -> seen.rejectedSubmissions.contains(t.submissionId())).count(),
                kills, chaos.restarts.get(), (int) mails.stream().map(Envelope::messageId).distinct().count(), mails.size(),
                seen.republished.get(), (int) workload.trials.stream().filter(t -> t.problem != null).count(),
                workload.trials.stream().collect(Collectors.groupingBy(t -> t.scenario, TreeMap::new, Collectors.counting())),
                (int) workload.trials.stream().filter(t -> t.releasedAfterRestriction).count(),
                Duration.between(started, Instant.now()), checks.violations);
    }
}
