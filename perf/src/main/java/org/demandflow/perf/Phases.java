package org.demandflow.perf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.demandflow.perf.load.ConsumerLag;
import org.demandflow.perf.load.KafkaClients;
import org.demandflow.perf.load.Outcomes;
import org.demandflow.perf.measure.CatchUp;
import org.demandflow.perf.measure.LatencyRun;
import org.demandflow.perf.measure.Latencies;
import org.demandflow.perf.measure.RawBaseline;
import org.demandflow.perf.measure.StatusToMail;
import org.demandflow.perf.report.Figure;
import org.demandflow.perf.report.Report;
import org.demandflow.perf.stack.LocalStack;
import org.demandflow.perf.stack.ProcessSample;
import org.demandflow.perf.stack.Processes;

/**
 * The measurements in order, on a stack that is up: start-up and idle memory, the raw baseline, the catch-up
 * (with CPU per demand and memory under load), latency at each fixed rate, status to mail. Between phases it
 * waits for the services' consumer groups to catch up, so one phase's backlog does not queue the next.
 */
final class Phases {

    private static final String BASELINE = "Raw Kafka baseline (project serde, acks=all)";
    private static final String CATCH_UP = "Catch-up";
    private static final String LATENCY = "Latency at fixed rates (from each record's scheduled send time)";
    private static final String MAIL = "Status to mail";

    private final LocalStack stack;
    private final PerfSettings settings;
    private final Report report;
    private final KafkaClients clients;
    private final Resources resources;
    private Figure rawProduce;
    private Figure oneHopP99;

    Phases(LocalStack stack, PerfSettings settings, Report report) {
        this.stack = stack;
        this.settings = settings;
        this.report = report;
        this.clients = new KafkaClients(stack.bootstrap(), stack.registry());
        this.resources = new Resources(stack, report);
        settings(settings);
    }

    void run() throws Exception {
        baseline();
        resources.startUpAndIdle();
        Map<String, Object> ops = stack.credentials("ops");
        Map<String, Object> ticketing = stack.credentials("ticketing");
        try (Outcomes outcomes = new Outcomes(clients.observer(ops, "ops-perf-" + System.currentTimeMillis()));
                ConsumerLag lag = new ConsumerLag(clients.admin(ops))) {
            CatchUp.Result backlog = catchUp(outcomes, ticketing, lag);
            for (int rate : settings.rates()) {
                awaitIdle(lag);
                latency(new LatencyRun(outcomes, clients.producer(ticketing)), rate);
            }
            awaitIdle(lag);
            mail(outcomes, backlog);
            if (settings.instances() > 1) {
                awaitIdle(lag);
                scaledOut(outcomes, ticketing, lag);
            }
        }
    }

    /** A last catch-up with N instances of each service (one database each, consumer groups sharing partitions). */
    private void scaledOut(Outcomes outcomes, Map<String, Object> ticketing, ConsumerLag lag) throws Exception {
        int instances = settings.instances();
        PerfRun.log("scale-out: " + instances + " instances of each service, then a backlog of " + settings.backlog());
        stack.require("scale-out", 20, "up", "-d", "--instances", String.valueOf(instances));
        awaitIdle(lag);
        CatchUp.Result result = new CatchUp(stack, outcomes).run(clients.bulkProducer(ticketing), settings.backlog(),
                drain());
        report.add(Figure.plain(CATCH_UP, "catch-up to PENDING_REVIEW with " + instances + " instances of each service",
                result.pendingPerSecond(), "demands/s").against(rawProduce));
    }

    private void baseline() throws Exception {
        PerfRun.log("raw baseline: " + settings.rawRecords() + " records, " + settings.oneHopSamples() + " one-hop");
        RawBaseline raw = new RawBaseline(clients, resources.baselineCredentials());
        raw.createTopic();
        long kafka = stack.pid("kafka");
        double cpuBefore = Processes.cpuSeconds(kafka);
        rawProduce = report.add(Figure.plain(BASELINE, "produce rate", raw.produceRate(settings.rawRecords()),
                "records/s"));
        report.add(Figure.plain(BASELINE, "consume rate", raw.consumeRate(settings.rawRecords()), "records/s"));
        resources.rawCpu((Processes.cpuSeconds(kafka) - cpuBefore) / settings.rawRecords());
        List<Figure> hop = raw.oneHop(settings.oneHopSamples()).figures(BASELINE, "one hop");
        hop.forEach(report::add);
        oneHopP99 = hop.get(1);
    }

    /** The catch-ups one after the other; the figures of the median run (by rate to PENDING_REVIEW) stand. */
    private CatchUp.Result catchUp(Outcomes outcomes, Map<String, Object> ticketing, ConsumerLag lag)
            throws Exception {
        List<CatchUp.Result> runs = new ArrayList<>();
        for (int run = 1; run <= settings.catchUpRuns(); run++) {
            if (run > 1) {
                awaitIdle(lag);
            }
            PerfRun.log("catch-up " + run + "/" + settings.catchUpRuns() + ": a backlog of " + settings.backlog());
            CatchUp.Result result = new CatchUp(stack, outcomes).run(clients.bulkProducer(ticketing),
                    settings.backlog(), drain());
            runs.add(result);
            report.add(Figure.plain(CATCH_UP, "run " + run + ": catch-up to PENDING_REVIEW", result.pendingPerSecond(),
                    "demands/s"));
        }
        List<CatchUp.Result> byRate = new ArrayList<>(runs);
        byRate.sort(Comparator.comparingDouble(CatchUp.Result::pendingPerSecond));
        CatchUp.Result result = byRate.get(byRate.size() / 2);
        String median = runs.size() == 1 ? "" : " (median of " + runs.size() + ")";
        report.add(Figure.plain(CATCH_UP, "backlog reaching PENDING_REVIEW" + median, result.seen(), "demands"));
        report.add(Figure.plain(CATCH_UP, "catch-up to PENDING_REVIEW" + median, result.pendingPerSecond(),
                "demands/s").against(rawProduce).atLeast(2_000, "≥ 2,000/s (aim 5,000/s)"));
        report.add(Figure.plain(CATCH_UP, "catch-up to demands (DemandReceived)" + median, result.demandsPerSecond(),
                "demands/s").against(rawProduce));
        resources.catchUp(result);
        return result;
    }

    private void latency(LatencyRun run, int rate) throws Exception {
        if (settings.warmupSeconds() > 0) {
            PerfRun.log("warm-up at " + rate + "/s for " + settings.warmupSeconds() + " s (not measured)");
            run.run(rate, settings.warmupSeconds(), drain());
        }
        PerfRun.log("latency at " + rate + "/s for " + settings.latencySeconds() + " s");
        ProcessSample before = ProcessSample.of(stack);
        long started = System.nanoTime();
        LatencyRun.Result result = run.run(rate, settings.latencySeconds(), drain());
        double seconds = (System.nanoTime() - started) / 1e9;
        figures(result.received().figures(LATENCY, rate + "/s: submission → DemandReceived"), null);
        figures(result.pending().figures(LATENCY, rate + "/s: submission → PENDING_REVIEW"), pendingTarget(rate));
        ProcessSample after = ProcessSample.of(stack);
        cpuAt(rate, after.cpuSince(before), seconds);
        double compiling = after.compilerSince(before).values().stream().mapToDouble(Double::doubleValue).sum();
        report.add(Figure.plain(LATENCY, rate + "/s: of the busy cores, JIT compiler threads (services, broker)",
                compiling / seconds, "cores"));
    }

    /**
     * How busy the parts were at a fixed rate (sending, draining and the last second): all parts' CPU-seconds
     * a second (of this machine's cores) and each part's CPU per demand. Small polls cost more per demand than
     * the catch-up's large ones, and a machine near its cores queues every hop: this shows which.
     */
    private void cpuAt(int rate, Map<String, Double> cpuSeconds, double seconds) {
        double total = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        int demands = rate * settings.latencySeconds();
        report.add(Figure.plain(LATENCY, rate + "/s: busy cores (all parts' CPU-seconds a second)", total / seconds,
                "cores"));
        cpuSeconds.forEach((part, used) -> report.add(Figure.plain(LATENCY, rate + "/s: " + part
                + " CPU per demand", used / demands * 1000, "ms")));
        report.add(Figure.plain(LATENCY, rate + "/s: all parts CPU per demand", total / demands * 1000, "ms"));
    }

    private void mail(Outcomes outcomes, CatchUp.Result backlog) throws Exception {
        int decisions = settings.mailRate() * settings.mailSeconds();
        int warmup = settings.mailRate() * settings.warmupSeconds();
        List<String> all = backlog.submissionIds().stream().map(outcomes::demandOf).filter(Objects::nonNull)
                .limit(warmup + decisions).toList();
        StatusToMail mail = new StatusToMail(outcomes, stack.port("order-review"));
        if (warmup > 0 && all.size() > decisions) {
            List<String> first = all.subList(0, all.size() - decisions);
            PerfRun.log("warm-up: " + first.size() + " decisions at " + settings.mailRate() + "/s (not measured)");
            mail.run(first, settings.mailRate(), stack.token("reviewer"), drain());
        }
        List<String> demands = all.subList(Math.max(0, all.size() - decisions), all.size());
        PerfRun.log("status to mail: " + demands.size() + " decisions at " + settings.mailRate() + "/s");
        StatusToMail.Result result = mail.run(demands, settings.mailRate(), stack.token("reviewer"), drain());
        report.add(Figure.plain(MAIL, "decisions not answered 200", result.refused(), ""));
        figures(result.answered().figures(MAIL, settings.mailRate() + "/s: decision → HTTP answer"), null);
        figures(result.published().figures(MAIL, settings.mailRate() + "/s: decision → status on Kafka"), null);
        figures(result.latencies().figures(MAIL, settings.mailRate() + "/s: decision → mail accepted (SENT)"),
                200.0);
    }

    /** Issue 14's p99 target of submission → PENDING_REVIEW: 50 ms at 200/s, 100 ms at 1,000/s; else none. */
    private static Double pendingTarget(int rate) {
        if (rate == 200) {
            return 50.0;
        }
        return rate == 1_000 ? 100.0 : null;
    }

    /** Adds latency figures: each p99 also against the raw one-hop p99, with the target when there is one. */
    private void figures(List<Figure> figures, Double p99Target) {
        for (Figure figure : figures) {
            Figure added = figure.unit().equals("ms") ? figure.against(oneHopP99) : figure;
            if (p99Target != null && figure.name().endsWith(" p99")) {
                added = added.atMost(p99Target, "p99 ≤ " + p99Target.intValue() + " ms");
            }
            report.add(added);
        }
    }

    private void awaitIdle(ConsumerLag lag) throws Exception {
        if (!lag.awaitIdle(drain())) {
            report.note("the services had not caught up within " + settings.drainSeconds() + " s before a phase");
        }
    }

    private Duration drain() {
        return Duration.ofSeconds(settings.drainSeconds());
    }

    private void settings(PerfSettings settings) {
        report.setting("perf.backlog", settings.backlog());
        report.setting("perf.catchup.runs", settings.catchUpRuns());
        report.setting("perf.raw.records", settings.rawRecords());
        report.setting("perf.onehop.samples", settings.oneHopSamples());
        report.setting("perf.rates", settings.rates());
        report.setting("perf.latency.seconds", settings.latencySeconds());
        report.setting("perf.mail.rate", settings.mailRate());
        report.setting("perf.mail.seconds", settings.mailSeconds());
        report.setting("perf.drain.seconds", settings.drainSeconds());
        report.setting("perf.instances", settings.instances());
        report.setting("perf.warmup.seconds", settings.warmupSeconds());
    }
}
