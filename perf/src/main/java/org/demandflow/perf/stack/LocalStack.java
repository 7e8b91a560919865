package org.demandflow.perf.stack;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.demandflow.testsupport.network.FreePorts;

/**
 * {@code deploy/local/stack} as the module {@code deploy}'s StackIT runs it: on a data folder of its own and
 * free ports (every port moved through {@code DEMANDFLOW_PORT_*}), on the jars already built
 * ({@code DEMANDFLOW_STACK_BUILD=never}), with everything the stack switches on by default (SASL and ACLs,
 * signed statuses, tokens, durable PostgreSQL).
 */
public final class LocalStack {

    /** A second instance of a service listens on the service's port + this ({@code up --instances 2}). */
    private static final int INSTANCE_PORT_STEP = 100;
    private static final List<String> SERVICES = List.of("intake", "order-review", "notification", "transparency");
    private static final List<String> PORTS = List.of("postgres", "kafka", "kafka-controller", "smtp", "imap",
            "smtp-api", "registry", "authorization", "intake", "order-review", "notification", "transparency");

    private final Path root;
    private final Path work;
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    /** A stack of the repository at {@code root} with its data and command logs under {@code work}. */
    public LocalStack(Path root, Path work) throws IOException {
        this.root = root;
        this.work = work;
        Files.createDirectories(work);
        for (String part : PORTS) {
            ports.put(part, FreePorts.withOffsetFree(SERVICES.contains(part) ? INSTANCE_PORT_STEP : 0));
        }
    }

    /** The port of a part ({@code kafka}, {@code order-review}, {@code smtp-api}, …). */
    public int port(String part) {
        return ports.get(part);
    }

    /** The stack's data folder ({@code DEMANDFLOW_DATA}). */
    public Path data() {
        return work.resolve("data");
    }

    /** {@code 127.0.0.1:<kafka port>}. */
    public String bootstrap() {
        return "127.0.0.1:" + port("kafka");
    }

    /** The registry's URL. */
    public String registry() {
        return "http://127.0.0.1:" + port("registry");
    }

    /** Runs {@code deploy/local/stack <args>}; its output goes to {@code <name>.log} in the work folder. */
    public int run(String name, long timeoutMinutes, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/local/stack").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> environment = builder.environment();
        environment.put("DEMANDFLOW_DATA", data().toString());
        environment.put("DEMANDFLOW_STACK_BUILD", "never");
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        ports.forEach((part, port) -> environment.put(
                "DEMANDFLOW_PORT_" + part.toUpperCase(Locale.ROOT).replace('-', '_'), String.valueOf(port)));
        Process process = builder.start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }

    /** Runs the command and fails with its output unless it exits 0. */
    public void require(String name, long timeoutMinutes, String... args) throws IOException, InterruptedException {
        int exit = run(name, timeoutMinutes, args);
        if (exit != 0) {
            throw new IllegalStateException("deploy/local/stack " + String.join(" ", args) + " exited " + exit
                    + ":\n" + log(name));
        }
    }

    /** {@code stack token USER}: the last line of its output. */
    public String token(String user) throws IOException, InterruptedException {
        require("token-" + user, 2, "token", user);
        String[] lines = log("token-" + user).strip().split("\\R");
        return lines[lines.length - 1];
    }

    /** {@code stack credentials NAME} as a map of client properties. */
    public Map<String, Object> credentials(String name) throws IOException, InterruptedException {
        require("credentials-" + name, 1, "credentials", name);
        Properties properties = new Properties();
        properties.load(new StringReader(log("credentials-" + name)));
        Map<String, Object> config = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> config.put(key, properties.getProperty(key)));
        return config;
    }

    /**
     * The pid of a part ({@code .data/run/<part>.pid}); for {@code postgres} the postmaster's
     * ({@code .data/postgres/postmaster.pid}), whose children are the backends, rather than its launcher's.
     */
    public long pid(String part) throws IOException {
        Path file = part.equals("postgres") ? data().resolve("postgres/postmaster.pid")
                : data().resolve("run/" + part + ".pid");
        return Long.parseLong(Files.readAllLines(file).get(0).strip());
    }

    /** The log of a part, {@code .data/logs/<part>.log}. */
    public String partLog(String part) throws IOException {
        Path log = data().resolve("logs/" + part + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** The output of a command run before. */
    public String log(String name) throws IOException {
        Path log = work.resolve(name + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

}
