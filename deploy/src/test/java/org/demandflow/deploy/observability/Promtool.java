package org.demandflow.deploy.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prometheus's {@code promtool}, the one validator of rule files (../shared/STACK.md "Validating deployment files
 * offline"): {@code $PROMTOOL}, else {@code /opt/prom/usr/bin/promtool} (where {@code .ci/tools} unpacks Debian's
 * package), else the {@code PATH}. Without it the tests fail with the way to install it; they never skip.
 */
final class Promtool {

    static final Path OBSERVABILITY = Path.of("observability");

    private static final String INSTALL = "promtool not found: run `.ci/tools` (as root), or: apt-get download "
            + "prometheus && dpkg-deb -x prometheus_*.deb /opt/prom (or set PROMTOOL to its path)";

    /** What promtool printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    private Promtool() {
    }

    static Result run(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(OBSERVABILITY.resolve("prometheus").toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool ended").isTrue();
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path executable() {
        Optional<Path> found = Stream.concat(
                        Stream.of(System.getenv("PROMTOOL"), "/opt/prom/usr/bin/promtool")
                                .filter(path -> path != null && !path.isBlank()).map(Path::of),
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                                .filter(directory -> !directory.isBlank()).map(directory -> Path.of(directory, "promtool")))
                .filter(Files::isExecutable).findFirst();
        assertThat(found).as(INSTALL).isPresent();
        return found.get();
    }
}
