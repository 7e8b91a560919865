package org.demandflow.testsupport.copypaste;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The build's copy-paste check over the services' main code. It writes what it finds to
 * {@code target/cpd-between-services.txt}; it fails the build when {@code cpd.failOnViolation}
 * (a root pom property, true by default) is true.
 */
class CopyPasteTest {

    private static final List<String> SERVICES = List.of("intake-service", "order-review-service",
            "notification-service", "transparency-service");

    @Test
    void no_block_of_main_code_is_copied_between_services() throws IOException {
        Path root = Path.of(System.getProperty("cpd.root", "..")).toAbsolutePath().normalize();
        Map<String, Path> sources = new LinkedHashMap<>();
        SERVICES.forEach(service -> sources.put(service, root.resolve(service).resolve("src/main/java")));

        List<String> copies = CopyPasteDetector.copiesBetween(sources);
        Files.writeString(Path.of("target", "cpd-between-services.txt"), String.join("\n", copies) + "\n");

        if (Boolean.getBoolean("cpd.failOnViolation")) {
            assertThat(copies).as("blocks copied between services").isEmpty();
        }
    }
}
