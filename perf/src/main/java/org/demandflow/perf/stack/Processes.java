package org.demandflow.perf.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What Linux's {@code /proc} tells of a process and its descendants (PostgreSQL's backends, a part started
 * through a wrapper): CPU time ({@code utime + stime}, and {@code cutime + cstime} of children already
 * reaped) and resident memory ({@code VmRSS}); and the CPU of a JVM's JIT compiler threads alone.
 */
public final class Processes {

    private static final double CLOCK_TICKS = 100.0;

    private Processes() {
    }

    /** CPU-seconds used so far by the process and its living descendants. */
    public static double cpuSeconds(long pid) {
        return tree(pid).stream().mapToLong(Processes::ticks).sum() / CLOCK_TICKS;
    }

    /** Resident set of the process and its descendants, in MB (shared pages count once per process). */
    public static double rssMb(long pid) {
        return tree(pid).stream().mapToLong(Processes::rssKb).sum() / 1024.0;
    }

    /**
     * CPU-seconds used so far by the process's JIT compiler threads (Linux names them {@code C1 CompilerThre…} and
     * {@code C2 CompilerThre…}); 0 for a process that is not a HotSpot JVM or is gone.
     */
    public static double compilerSeconds(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return tasks.filter(Processes::isCompiler).mapToLong(task -> Math.max(0, field(task, 14))
                    + Math.max(0, field(task, 15))).sum() / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isCompiler(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).strip();
            return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Long> tree(long root) {
        List<Long> tree = new ArrayList<>(List.of(root));
        List<long[]> parents = parents();
        for (int i = 0; i < tree.size(); i++) {
            long parent = tree.get(i);
            parents.stream().filter(pair -> pair[1] == parent).forEach(pair -> tree.add(pair[0]));
        }
        return tree;
    }

    private static List<long[]> parents() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(path -> path.getFileName().toString().matches("\\d+"))
                    .map(path -> Long.parseLong(path.getFileName().toString()))
                    .map(pid -> new long[] {pid, field(pid, 4)}).filter(pair -> pair[1] >= 0).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long ticks(long pid) {
        return Math.max(0, field(pid, 14)) + Math.max(0, field(pid, 15)) + Math.max(0, field(pid, 16))
                + Math.max(0, field(pid, 17));
    }

    /** Field {@code index} (1-based, as in proc(5)) of {@code /proc/<pid>/stat}; -1 when the process is gone. */
    private static long field(long pid, int index) {
        return field(Path.of("/proc/" + pid), index);
    }

    /** Field {@code index} of the {@code stat} file in {@code dir} (a process's or a thread's). */
    private static long field(Path dir, int index) {
        try {
            String stat = Files.readString(dir.resolve("stat"));
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(after[index - 3]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long rssKb(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
