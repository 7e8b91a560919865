package org.demandflow.perf.stack;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU-seconds and resident memory of each part of the stack at one moment, by the pids of its data folder.
 *
 * @param cpuSeconds each part's CPU-seconds so far (with its descendants)
 * @param rssMb each part's resident memory in MB (with its descendants)
 * @param compilerSeconds each part's CPU-seconds so far in its JIT compiler threads (0 for PostgreSQL)
 */
public record ProcessSample(Map<String, Double> cpuSeconds, Map<String, Double> rssMb,
        Map<String, Double> compilerSeconds) {

    /** The parts whose processes are measured. */
    public static final List<String> PARTS = List.of("kafka", "postgres", "registry", "intake", "order-review",
            "notification", "transparency");

    /** Samples every part of {@code stack} now. */
    public static ProcessSample of(LocalStack stack) throws IOException {
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Double> rss = new LinkedHashMap<>();
        Map<String, Double> compilers = new LinkedHashMap<>();
        for (String part : PARTS) {
            long pid = stack.pid(part);
            cpu.put(part, Processes.cpuSeconds(pid));
            rss.put(part, Processes.rssMb(pid));
            compilers.put(part, Processes.compilerSeconds(pid));
        }
        return new ProcessSample(cpu, rss, compilers);
    }

    /** The CPU-seconds each part used since {@code before}. */
    public Map<String, Double> cpuSince(ProcessSample before) {
        return since(cpuSeconds, before.cpuSeconds());
    }

    /** The CPU-seconds each part's JIT compiler threads used since {@code before}. */
    public Map<String, Double> compilerSince(ProcessSample before) {
        return since(compilerSeconds, before.compilerSeconds());
    }

    private static Map<String, Double> since(Map<String, Double> now, Map<String, Double> then) {
        Map<String, Double> used = new LinkedHashMap<>();
        now.forEach((part, seconds) -> used.put(part, seconds - then.getOrDefault(part, 0.0)));
        return used;
    }

    /** The larger resident memory of each part, this sample's or {@code other}'s. */
    public ProcessSample peak(ProcessSample other) {
        Map<String, Double> rss = new LinkedHashMap<>(rssMb);
        other.rssMb().forEach((part, mb) -> rss.merge(part, mb, Math::max));
        return new ProcessSample(cpuSeconds, rss, compilerSeconds);
    }
}
