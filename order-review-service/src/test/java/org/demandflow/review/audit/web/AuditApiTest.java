package org.demandflow.review.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.demandflow.review.audit.AuditTable;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The auditor's verification and export of the chain, and what they find after a row is changed behind them. */
class AuditApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private ResultActions asAuditor(String path) throws Exception {
        return mvc.perform(get(path).with(bearer("auditor")));
    }

    private ResultActions verify() throws Exception {
        return asAuditor("/api/v1/audit/verify").andExpect(status().isOk());
    }

    /** The numbers of the entries of a new case with an order: CASE_OPENED and ORDER_RECORDED. */
    private List<Long> entriesOfANewDecision() {
        DemandId demandId = openedCase();
        fullOrderOn(demandId, java.time.Duration.ofDays(30));
        return AuditTable.seqsOf(jdbc, demandId);
    }

    @Test
    void the_untouched_chain_is_intact_up_to_the_last_entrys_hash() throws Exception {
        entriesOfANewDecision();
        long count = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
        String last = jdbc.sql("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").query(String.class).single();

        verify().andExpect(jsonPath("$.intact").value(true)).andExpect(jsonPath("$.entries").value(count))
                .andExpect(jsonPath("$.head").value(last)).andExpect(jsonPath("$.firstBrokenAt").doesNotExist());
    }

    @Test
    void a_row_changed_behind_the_services_back_is_reported_as_exactly_that_broken_link() throws Exception {
        long changed = entriesOfANewDecision().get(1);

        AuditTable.whileActorChanged(changed, "mallory", () -> check(() -> verify()
                .andExpect(jsonPath("$.intact").value(false)).andExpect(jsonPath("$.firstBrokenAt").value(changed))
                .andExpect(jsonPath("$.reason").value("the contents of entry " + changed
                        + " do not give its stored hash"))));

        verify().andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void a_row_deleted_behind_the_services_back_is_found_missing() throws Exception {
        long deleted = entriesOfANewDecision().get(0);

        AuditTable.whileDeleted(deleted, () -> check(() -> verify()
                .andExpect(jsonPath("$.intact").value(false)).andExpect(jsonPath("$.firstBrokenAt").value(deleted))
                .andExpect(jsonPath("$.reason").value("entry " + deleted + " is missing (the next entry is "
                        + (deleted + 1) + ")"))));

        verify().andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void the_export_streams_json_lines_from_the_asked_entry_on_with_their_hashes() throws Exception {
        long from = entriesOfANewDecision().get(1);
        long count = jdbc.sql("SELECT count(*) FROM audit_log WHERE seq >= ?").param(from).query(Long.class)
                .single();

        String export = asAuditor("/api/v1/audit/export?from=" + from).andExpect(status().isOk())
                .andExpect(content().contentType("application/jsonl;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<String> lines = Arrays.asList(export.split("\n"));
        assertThat(lines).hasSize((int) count);
        assertThat(lines.get(0)).startsWith("{\"seq\":" + from + ",").contains("\"action\":\"ORDER_RECORDED\"")
                .contains("\"previousHash\":").contains("\"hash\":");
    }

    @Test
    void only_an_auditor_may_verify_or_export_and_nobody_anonymously() throws Exception {
        for (String path : List.of("/api/v1/audit/verify", "/api/v1/audit/export")) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            mvc.perform(get(path).with(bearer("reviewer"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(bearer("operator"))).andExpect(status().isForbidden());
        }
    }

    /** Runs MockMvc expectations inside a {@link Runnable}. */
    private static void check(Expectation expectation) {
        try {
            expectation.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** MockMvc expectations, which may throw. */
    @FunctionalInterface
    private interface Expectation {
        void run() throws Exception;
    }
}
