package org.demandflow.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/local/stack up -d} on a Java 25 or later (the machine's {@code /usr/lib/jvm}, or
 * {@code -Dstack.aot.java-home}): each service's training makes Spring Boot's AOT cache ({@code app.aot}, JEP 483
 * and 514) instead of a dynamic CDS archive, and each service runs from it. {@code up} succeeds only when every
 * service answers healthy and the demo's demands went through intake, order review and the report. Skipped
 * where no such JDK is installed; {@link StackIT} runs the stack on the build's Java.
 */
class AotCacheIT {

    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    private static StackCommand stack;

    @BeforeAll
    static void freshDataFolder() throws IOException {
        Optional<Path> javaHome = javaHome();
        assumeTrue(javaHome.isPresent(), "no JDK 25 or later under /usr/lib/jvm (or -Dstack.aot.java-home)");
        stack = new StackCommand(StackCommand.root(), StackCommand.freshWork("stack.aot.work", "target/stack-aot-it"),
                javaHome.get());
    }

    @AfterAll
    static void down() throws Exception {
        if (stack != null) {
            assertThat(stack.run("down", 3, "down")).as("stack down:%n%s", stack.log("down")).isZero();
        }
    }

    @Test
    void on_java_25_each_service_runs_from_the_aot_cache_its_training_made() throws Exception {
        int up = stack.run("up", 15, "up", "-d");

        assertThat(up).as("deploy/local/stack up -d:%n%s", stack.log("up")).isZero();
        assertThat(stack.log("up")).doesNotContain("CDS training of");
        for (String service : StackCommand.SERVICES) {
            assertThat(stack.mappedArchives(service)).as(service)
                    .containsExactly(stack.data().resolve("run/cds/" + service + "/app.aot"));
        }
    }

    private static Optional<Path> javaHome() throws IOException {
        String configured = System.getProperty("stack.aot.java-home", "");
        if (!configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> feature(home) >= 25).sorted().findFirst();
        }
    }

    /** The Java feature version in the JDK's {@code release} file, 0 when it has none. */
    private static int feature(Path home) {
        try {
            Matcher version = VERSION.matcher(Files.readString(home.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException missing) {
            return 0;
        }
    }
}
