package org.demandflow.review.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.demandflow.review.audit.AuditTable;
import org.demandflow.review.audit.ChainReport;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.expiry.application.ExpirySweeper;
import org.demandflow.review.operations.application.StatusRepublisher;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.review.support.ReviewApi;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Every decision, approval and release is appended to one hash chain, in the transaction that makes it. */
class AuditTrailTest extends IntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpirySweeper sweeper;

    @Autowired
    StatusRepublisher republisher;

    @Autowired
    TransactionTemplate transactions;

    private List<Map<String, Object>> entriesOf(DemandId demandId) {
        return jdbc.sql("""
                SELECT e.seq, e.actor, e.action, e.order_id, e.facts, e.previous_hash, b.hash AS hash_before
                FROM audit_log e LEFT JOIN audit_log b ON b.seq = e.seq - 1
                WHERE e.demand_id = ? ORDER BY e.seq""").param(demandId.toString()).query().listOfRows();
    }

    @Test
    void a_decision_its_proposal_and_the_second_reviewers_approval_are_appended_as_chained_entries() throws Exception {
        DemandId demandId = openedCase();
        String orderId = fullOrderOn(demandId, Duration.ofDays(30));
        ReviewApi api = new ReviewApi(mvc);
        api.approved(api.liftProposed(demandId, orderId));

        List<Map<String, Object>> entries = entriesOf(demandId);

        assertThat(entries).extracting(e -> e.get("action")).containsExactly("CASE_OPENED", "ORDER_RECORDED",
                "PROPOSAL_MADE", "ORDER_LIFTED", "PROPOSAL_APPROVED");
        assertThat(entries).extracting(e -> e.get("actor")).containsExactly("system", "reviewer", "reviewer",
                "reviewer", ReviewApi.SECOND_REVIEWER);
        assertThat(entries).allSatisfy(e -> assertThat(e.get("previous_hash")).isEqualTo(e.get("hash_before")));
        assertThat(entries.get(3).get("order_id")).isEqualTo(orderId);
        assertThat((String) entries.get(3).get("facts")).contains("\"orderState\":\"LIFTED\"")
                .doesNotContain("vacated");
        assertThat(trail.verify()).isInstanceOf(ChainReport.Intact.class);
    }

    @Test
    void an_expiry_is_appended_as_the_systems_release() {
        DemandId demandId = openedCase();
        fullOrderOn(demandId, Duration.ofDays(8));

        clock.advance(Duration.ofDays(9));
        sweeper.sweep();

        assertThat(entriesOf(demandId)).last().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo(CaseAction.ORDER_EXPIRED.name());
            assertThat(e.get("actor")).isEqualTo("system");
        });
    }

    @Test
    void an_operators_republication_is_appended_with_the_operators_name_and_the_versions() {
        DemandId demandId = openedCase();
        fullOrderOn(demandId, Duration.ofDays(30));

        republisher.republish(demandId, 1, "operator");

        assertThat(entriesOf(demandId)).last().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo(DecisionAuditor.STATUS_REPUBLISHED);
            assertThat(e.get("actor")).isEqualTo("operator");
            assertThat(e.get("facts")).isEqualTo("{\"fromVersion\":\"1\",\"toVersion\":\"2\"}");
        });
    }

    @Test
    void a_decision_whose_entry_cannot_be_appended_does_not_take_effect() {
        DemandId demandId = openedCase();

        AuditTable.whileAppendsFail(() -> assertThatThrownBy(() -> fullOrderOn(demandId, Duration.ofDays(30)))
                .isInstanceOf(DataAccessException.class));

        assertThat(historyOf(demandId)).containsExactly(CaseAction.CASE_OPENED);
        assertThat(stored(demandId).version()).isEqualTo(1);
        assertThat(entriesOf(demandId)).hasSize(1);
    }

    @Test
    void the_entries_of_one_transaction_are_chained_one_after_another_in_the_order_appended() {
        DemandId demandId = DemandId.random();
        List<String> actions = List.of("FIRST", "SECOND", "THIRD");

        transactions.executeWithoutResult(tx -> actions.forEach(action -> trail.append(record(demandId, action))));

        List<Map<String, Object>> entries = entriesOf(demandId);
        assertThat(entries).extracting(e -> e.get("action")).containsExactlyElementsOf(actions);
        long first = (Long) entries.get(0).get("seq");
        assertThat(entries).extracting(e -> e.get("seq")).containsExactly(first, first + 1, first + 2);
        assertThat(entries).allSatisfy(e -> assertThat(e.get("previous_hash")).isEqualTo(e.get("hash_before")));
        assertThat(trail.verify()).isInstanceOf(ChainReport.Intact.class);
    }

    @Test
    void a_transaction_that_rolls_back_leaves_none_of_its_entries_and_the_head_where_it_was() {
        DemandId demandId = DemandId.random();
        Object headBefore = jdbc.sql("SELECT seq FROM audit_chain_head").query().singleValue();

        transactions.executeWithoutResult(tx -> {
            trail.append(record(demandId, "UNDONE"));
            tx.setRollbackOnly();
        });

        assertThat(entriesOf(demandId)).isEmpty();
        assertThat(jdbc.sql("SELECT seq FROM audit_chain_head").query().singleValue()).isEqualTo(headBefore);
    }

    private org.demandflow.review.audit.AuditRecord record(DemandId demandId, String action) {
        return new org.demandflow.review.audit.AuditRecord(clock.instant(), "tester", action, demandId.toString(),
                null, null, "{}");
    }

    @Test
    void an_append_outside_a_decisions_transaction_is_refused() {
        assertThatThrownBy(() -> trail.append(new org.demandflow.review.audit.AuditRecord(clock.instant(), "x",
                "NOTHING", null, null, null, "{}"))).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void the_database_refuses_to_change_delete_or_truncate_an_entry_even_for_the_services_own_login() {
        long seq = AuditTable.seqsOf(jdbc, openedCase()).get(0);

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'mallory' WHERE seq = ?").param(seq)
                .update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE seq = ?").param(seq).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain_head SET seq = seq - 1").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("forward only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain_head SET seq = seq + 1").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("forward only");
    }
}
