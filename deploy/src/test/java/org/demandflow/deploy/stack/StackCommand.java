package org.demandflow.deploy.stack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.demandflow.testsupport.network.FreePorts;

/**
 * {@code deploy/local/stack} as a test runs it: on its own data folder and its own free ports
 * (every port of the stack moved through {@code DEMANDFLOW_PORT_*}), on the jars this build made
 * ({@code DEMANDFLOW_STACK_BUILD=never}), so it neither rebuilds nor disturbs a developer's stack.
 */
final class StackCommand {

    /** Instance i of a service listens on the service's port + (i - 1) * this ({@code up --instances N}). */
    static final int INSTANCE_PORT_STEP = 100;

    private static final List<String> PARTS = List.of("postgres", "kafka", "kafka-controller", "smtp", "imap",
            "smtp-api", "registry", "authorization", "intake", "order-review", "notification", "transparency");
    static final List<String> SERVICES = List.of("intake", "order-review", "notification", "transparency");

    private final Path root;
    private final Path work;
    private final Path javaHome;
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    /** The stack on the Java this test runs on. */
    StackCommand(Path root, Path work) {
        this(root, work, Path.of(System.getProperty("java.home")));
    }

    /** The stack on the JDK at {@code javaHome} ({@code JAVA_HOME}). */
    StackCommand(Path root, Path work, Path javaHome) {
        this.root = root;
        this.work = work;
        this.javaHome = javaHome;
        for (String part : PARTS) {
            ports.put(part, FreePorts.withOffsetFree(SERVICES.contains(part) ? INSTANCE_PORT_STEP : 0));
        }
    }

    /** The project's root ({@code -Dstack.root}, set by the pom). */
    static Path root() {
        return Path.of(System.getProperty("stack.root", "..")).toAbsolutePath().normalize();
    }

    /** The folder named by system property {@code property} (or {@code fallback}), emptied: a test's own stack. */
    static Path freshWork(String property, String fallback) throws IOException {
        Path work = Path.of(System.getProperty(property, fallback)).toAbsolutePath();
        if (Files.exists(work)) {
            try (Stream<Path> tree = Files.walk(work)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(work);
    }

    int port(String part) {
        return ports.get(part);
    }

    Path data() {
        return work.resolve("data");
    }

    /** Runs {@code deploy/local/stack <args>}; returns its exit code, its output in {@code <name>.log}. */
    int run(String name, long timeoutMinutes, String... args) throws IOException, InterruptedException {
        Path log = work.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command(args))
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> environment = builder.environment();
        environment.put("DEMANDFLOW_DATA", data().toString());
        environment.put("DEMANDFLOW_STACK_BUILD", "never");
        // A shared 2-core build machine can be slow: give each part 5 minutes rather than the default 2.
        environment.put("STACK_HEALTH_TIMEOUT", "300");
        environment.put("JAVA_HOME", javaHome.toString());
        ports.forEach((part, port) -> environment.put(variable(part), String.valueOf(port)));
        Process process = builder.start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }

    /** {@code deploy/local/stack token USER}: the user's access token, the last line of the command's output. */
    String token(String user) throws IOException, InterruptedException {
        String name = "token-" + user;
        int exit = run(name, 2, "token", user);
        String[] lines = log(name).strip().split("\\R");
        if (exit != 0) {
            throw new IllegalStateException("deploy/local/stack token " + user + " failed: " + log(name));
        }
        return lines[lines.length - 1];
    }

    /**
     * The class archives part {@code part}'s process has mapped from the stack's data folder ({@code run/cds}):
     * what the JVM really uses, whatever its command line asked for (a JVM that cannot use an archive runs without).
     */
    List<Path> mappedArchives(String part) throws IOException {
        String pid = Files.readString(data().resolve("run/" + part + ".pid")).strip();
        Path archives = data().resolve("run/cds");
        try (Stream<String> maps = Files.lines(Path.of("/proc", pid, "maps"))) {
            return maps.map(line -> line.split("\\s+", 6)).filter(fields -> fields.length == 6)
                    .map(fields -> Path.of(fields[5].strip())).filter(path -> path.startsWith(archives))
                    .filter(path -> path.toString().endsWith(".jsa") || path.toString().endsWith(".aot"))
                    .distinct().toList();
        }
    }

    String log(String name) throws IOException {
        Path log = work.resolve(name + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/local/stack").toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static String variable(String part) {
        return "DEMANDFLOW_PORT_" + part.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
