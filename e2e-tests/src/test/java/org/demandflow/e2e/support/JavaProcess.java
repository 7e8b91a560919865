package org.demandflow.e2e.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM with its output appended to {@code <e2e.logs>/<name>.log}: launched, awaited,
 * stopped (SIGTERM) or killed (SIGKILL), and launched again with the same command line.
 */
public final class JavaProcess {

    private final String name;
    private final List<String> arguments;
    private Process process;

    public JavaProcess(String name, List<String> arguments) {
        this.name = name;
        this.arguments = List.copyOf(arguments);
    }

    /**
     * The jars and classes of the test classpath, as Maven wrote them to {@code e2e.classpath}
     * (default {@code target/test.classpath}); without that file, this JVM's classpath.
     */
    public static String testClasspath() {
        Path file = Path.of(System.getProperty("e2e.classpath", "target/test.classpath"));
        try {
            if (!Files.exists(file)) {
                return System.getProperty("java.class.path");
            }
            Path classes = file.toAbsolutePath().getParent().resolve("test-classes");
            return classes + java.io.File.pathSeparator + Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path logs() {
        return Path.of(System.getProperty("e2e.logs", "target/e2e-logs"));
    }

    public String name() {
        return name;
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the JVM and returns at once. */
    public void launch() throws IOException {
        Files.createDirectories(logs());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs().resolve(name + ".log").toFile()))
                .start();
    }

    /** Waits until the condition holds; fails at once if the process exits meanwhile. */
    public void awaitUntil(String what, Duration atMost, Callable<Boolean> condition) {
        await(what).atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see "
                        + logs().resolve(name + ".log"));
            }
            return condition.call();
        });
    }

    /** Runs the JVM to its end and fails unless it exits with 0. */
    public void runToCompletion(Duration atMost) throws IOException {
        launch();
        try {
            if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed; see " + logs().resolve(name + ".log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, as in a crash. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** SIGTERM, without waiting for the end. */
    public void terminate() {
        if (alive()) {
            process.destroy();
        }
    }

    /** SIGTERM, and SIGKILL if it has not ended within 15 seconds. */
    public void stop() throws InterruptedException {
        terminate();
        if (process != null && !process.waitFor(15, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
