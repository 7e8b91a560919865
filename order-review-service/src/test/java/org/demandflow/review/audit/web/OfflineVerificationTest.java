package org.demandflow.review.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.demandflow.review.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The documented offline check on exports of the service, untouched and tampered with: {@code tools/AuditVerify.java}
 * itself, compiled by the JDK's compiler as Java's source launcher compiles it, its verdict read as printed
 * (in-process: one compilation for the class instead of one JVM and compilation per check, on a busy machine).
 */
class OfflineVerificationTest extends IntegrationTest {

    private static final Path VERIFIER = Path.of("tools", "AuditVerify.java");

    private static Method verify;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void compileTheVerifier(@TempDir Path classes) throws Exception {
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                VERIFIER.toString());
        assertThat(exit).as("javac " + VERIFIER).isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
        verify = loader.loadClass("AuditVerify").getDeclaredMethod("verify", List.class);
        verify.setAccessible(true);
    }

    /** A real export of the whole log, ending with a new case and its order, one line per entry. */
    private List<String> export() throws Exception {
        fullOrderOn(openedCase(), Duration.ofDays(30));
        String body = mvc.perform(get("/api/v1/audit/export").with(bearer("auditor"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new ArrayList<>(List.of(body.split("\n")));
    }

    /** What the verifier prints on these lines. */
    private static String verifyOffline(List<String> lines) throws Exception {
        return (String) verify.invoke(null, lines);
    }

    @Test
    void an_untouched_export_verifies_offline_up_to_its_last_hash() throws Exception {
        List<String> lines = export();
        String last = lines.get(lines.size() - 1);
        String head = last.substring(last.indexOf("\"hash\":\"") + 8, last.lastIndexOf('"'));

        assertThat(verifyOffline(lines)).isEqualTo("OK " + lines.size() + " entries up to entry " + lines.size()
                + ", head " + head);
    }

    @Test
    void an_export_with_an_edited_line_fails_offline_at_that_line() throws Exception {
        List<String> lines = export();
        int edited = lines.size() - 1;
        lines.set(edited, lines.get(edited).replace("\"actor\":\"reviewer\"", "\"actor\":\"mallory\""));

        assertThat(verifyOffline(lines)).startsWith("BROKEN at line " + (edited + 1) + " (entry " + (edited + 1)
                + "): its contents do not give its hash");
    }

    @Test
    void an_export_with_a_line_left_out_fails_offline_where_it_is_missing() throws Exception {
        List<String> lines = export();
        lines.remove(1);

        assertThat(verifyOffline(lines)).isEqualTo("BROKEN at line 2 (entry 3): entry 2 is missing");
    }
}
