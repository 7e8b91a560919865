package org.demandflow.testsupport.copypaste;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyPasteDetectorTest {

    @TempDir
    Path root;

    @Test
    void a_block_copied_between_two_services_is_found() throws IOException {
        Path one = write("one", "Copied", block("Copied"));
        Path two = write("two", "Pasted", block("Pasted"));
        Path unnormalised = two.resolve("..").resolve("two");

        assertThat(CopyPasteDetector.copiesBetween(Map.of("one", one, "two", unnormalised)))
                .singleElement().asString().contains("Copied.java").contains("Pasted.java");
    }

    @Test
    void a_block_copied_inside_one_service_is_left_to_that_service() throws IOException {
        Path one = write("one", "Copied", block("Copied"));
        write("one", "Again", block("Again"));
        Path two = write("two", "Other", "package p;\nclass Other {\n}\n");

        assertThat(CopyPasteDetector.copiesBetween(Map.of("one", one, "two", two))).isEmpty();
    }

    private Path write(String service, String type, String code) throws IOException {
        Path sources = Files.createDirectories(root.resolve(service));
        Files.writeString(sources.resolve(type + ".java"), code);
        return sources;
    }

    /** A method of well over 100 tokens, the same in every class. */
    private static String block(String type) {
        StringBuilder body = new StringBuilder("package p;\nclass " + type + " {\n  int sum(int[] values) {\n"
                + "    int total = 0;\n");
        for (int i = 0; i < 12; i++) {
            body.append("    if (values.length > ").append(i).append(") { total = total + values[").append(i)
                    .append("] * 2; }\n");
        }
        return body.append("    return total;\n  }\n}\n").toString();
    }
}
