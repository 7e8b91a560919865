package org.demandflow.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.demandflow.perf.report.Report;
import org.demandflow.perf.stack.LocalStack;

/**
 * The one command of issue 14's report: brings the local stack up on a fresh data folder and free ports
 * (everything switched on as {@code deploy/local/stack up -d} runs it), measures (see {@link Phases}), takes
 * the stack down and writes {@code perf-report.md} and {@code perf-report.json}. Run through {@code perf/run}.
 */
public final class PerfRun {

    private PerfRun() {
    }

    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        PerfSettings settings = PerfSettings.fromSystemProperties();
        deleteRecursively(settings.work());
        LocalStack stack = new LocalStack(settings.root(), settings.work());
        Report report = new Report();
        report.note("load average before the stack started: " + loadAverage());
        report.note("latencies: from each record's scheduled send time (epoch clock) to the Kafka timestamp "
                + "(CreateTime, ms) of the record the service wrote, or the SENT notice's occurredAt; all on this "
                + "machine's one clock");
        try {
            log("starting the stack on a fresh data folder (" + stack.data() + ")");
            stack.require("up", 20, "up", "-d");
            new Phases(stack, settings, report).run();
        } catch (Exception e) {
            report.note("the run stopped early: " + e);
            throw e;
        } finally {
            report.note("load average at the end of the measurements: " + loadAverage());
            log("stopping the stack");
            stack.run("down", 3, "down");
            report.write(settings.reportDir());
            log("wrote " + settings.reportDir().resolve("perf-report.md"));
        }
    }

    /** A progress line on standard error. */
    static void log(String line) {
        System.err.println("[perf " + java.time.LocalTime.now().withNano(0) + "] " + line);
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
