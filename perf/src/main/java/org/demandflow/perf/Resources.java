package org.demandflow.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.demandflow.perf.measure.CatchUp;
import org.demandflow.perf.report.Figure;
import org.demandflow.perf.report.Report;
import org.demandflow.perf.stack.LocalStack;
import org.demandflow.perf.stack.ProcessSample;
import org.demandflow.perf.stack.StartupTimes;

/**
 * The resource figures: each service's start-up time (its log), each part's resident memory idle and under
 * the catch-up's load, and each part's CPU-seconds per demand over the catch-up, against the broker's
 * CPU-seconds per record of the raw baseline. Also the credentials of the raw baseline.
 */
final class Resources {

    private static final String SECTION = "Resources";
    /** How long the stack's CPU is measured while nothing is sent, after the idle RSS. */
    private static final long IDLE_CPU_MILLIS = 10_000;

    private final LocalStack stack;
    private final Report report;
    private Figure rawCpu;

    Resources(LocalStack stack, Report report) {
        this.stack = stack;
        this.report = report;
    }

    void startUpAndIdle() throws IOException, InterruptedException {
        StartupTimes.of(stack).forEach((service, seconds) -> report.add(
                Figure.plain(SECTION, service + " start-up", seconds, "s").atMost(8, "≤ 8 s")));
        Thread.sleep(10_000);
        ProcessSample idle = ProcessSample.of(stack);
        idle.rssMb().forEach((part, mb) -> report.add(Figure.plain(SECTION, part + " RSS idle", mb, "MB")));
        Thread.sleep(IDLE_CPU_MILLIS);
        ProcessSample.of(stack).cpuSince(idle).forEach((part, seconds) -> report.add(Figure.plain(SECTION,
                part + " CPU idle (CPU-seconds a second)", seconds * 1000 / IDLE_CPU_MILLIS, "cores")));
    }

    void rawCpu(double secondsPerRecord) {
        rawCpu = report.add(Figure.plain(SECTION, "kafka CPU per raw record (baseline)", secondsPerRecord * 1000,
                "ms"));
    }

    void catchUp(CatchUp.Result result) {
        int demands = Math.max(1, result.seen());
        double total = 0;
        for (Map.Entry<String, Double> part : result.cpuSeconds().entrySet()) {
            double perDemand = part.getValue() / demands * 1000;
            total += perDemand;
            report.add(Figure.plain(SECTION, part.getKey() + " CPU per demand (catch-up)", perDemand, "ms"));
        }
        report.add(Figure.plain(SECTION, "all parts CPU per demand (catch-up)", total, "ms").against(rawCpu));
        double compiling = result.compilerSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        report.add(Figure.plain(SECTION, "of which JIT compiler threads (catch-up)", compiling / demands * 1000,
                "ms"));
        int cores = Runtime.getRuntime().availableProcessors();
        report.add(Figure.plain(SECTION, "cores needed for 5,000 demands/s at this CPU per demand", total * 5,
                "cores").atMost(cores, "≤ " + cores + " (this machine)"));
        result.underLoad().rssMb().forEach((part, mb) -> {
            Figure rss = Figure.plain(SECTION, part + " RSS under load (peak in the catch-up)", mb, "MB");
            report.add(StartupTimes.SERVICES.contains(part) ? rss.atMost(300, "≤ 300 MB") : rss);
        });
    }

    /**
     * The raw baseline's client: {@code admin} (the broker's super user, so it may make and use a topic no
     * service reads) with the registry's basic auth of {@code registry-admin} (to register the baseline's
     * subject). No service's identity or ACL is touched.
     */
    Map<String, Object> baselineCredentials() throws IOException, InterruptedException {
        Map<String, Object> config = new HashMap<>();
        try {
            config.putAll(stack.credentials("admin"));
        } catch (IllegalStateException notAPrincipal) {
            String password = Files.readString(stack.data().resolve("credentials/admin.password")).strip();
            config.put("security.protocol", "SASL_PLAINTEXT");
            config.put("sasl.mechanism", "SCRAM-SHA-512");
            config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                    + "username=\"admin\" password=\"" + password + "\";");
        }
        Map<String, Object> registry = stack.credentials("registry-admin");
        config.put("basic.auth.credentials.source", "USER_INFO");
        config.put("basic.auth.user.info", registry.get("basic.auth.user.info"));
        config.put("auto.register.schemas", true);
        return config;
    }
}
