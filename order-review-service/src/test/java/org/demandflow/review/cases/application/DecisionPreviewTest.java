package org.demandflow.review.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.demandflow.review.approval.ProposalState;
import org.demandflow.review.approval.application.Approvals;
import org.demandflow.review.audit.AuditTable;
import org.demandflow.review.cases.Decision;
import org.demandflow.review.cases.DecisionKind;
import org.demandflow.review.cases.DecisionPreview;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console's confirmation step asks the model what a decision would do: the very command runs on the case, and
 * nothing of it stays (no status, version, history, proposal or audit entry), on the real database.
 */
class DecisionPreviewTest extends IntegrationTest {

    @Autowired
    Approvals approvals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_lift_previewed_says_it_would_wait_for_a_second_reviewer_and_clear_the_case_and_changes_nothing() {
        DemandId demandId = openedCase();
        String orderId = fullOrderOn(demandId, Duration.ofDays(30));
        List<Long> audited = AuditTable.seqsOf(jdbc, demandId);
        Decision lift = new Decision(DecisionKind.LIFT, demandId, orderId, "{\"reason\":\"vacated\"}", "reviewer");

        DecisionPreview preview = reviews.preview(lift, () -> reviews.lift(demandId, orderId, "vacated", "reviewer"));

        assertThat(preview.accepted()).isTrue();
        assertThat(preview.waitsForSecondReviewer()).isTrue();
        assertThat(preview.after().status()).isEqualTo(SecrecyStatus.CLEARED);
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
        assertThat(stored(demandId).version()).isEqualTo(2);
        assertThat(stored(demandId).order(orderId).orElseThrow().isActive()).isTrue();
        assertThat(historyOf(demandId)).hasSize(2);
        assertThat(approvals.findBy(ProposalState.PENDING, demandId.toString())).isEmpty();
        assertThat(AuditTable.seqsOf(jdbc, demandId)).isEqualTo(audited);
    }

    @Test
    void a_decision_the_case_refuses_is_previewed_as_refused_with_the_status_as_it_stands() {
        DemandId demandId = openedCase();
        fullOrderOn(demandId, Duration.ofDays(30));
        Decision none = new Decision(DecisionKind.NO_SECRECY_ORDER, demandId, null, "{}", "reviewer");

        DecisionPreview preview = reviews.preview(none, () -> reviews.recordNoSecrecyOrder(demandId, null,
                "reviewer"));

        assertThat(preview.outcome()).isInstanceOf(Outcome.Refused.class);
        assertThat(preview.after().status()).isEqualTo(SecrecyStatus.RESTRICTED);
        assertThat(historyOf(demandId)).hasSize(2);
    }
}
