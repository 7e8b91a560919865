package org.demandflow.review.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.demandflow.review.audit.AuditTable;
import org.demandflow.review.audit.ChainReport;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Decisions taken at the same moment on different cases queue at the chain head: one chain, no fork. */
class ConcurrentAppendsTest extends IntegrationTest {

    private static final int DECISIONS = 4;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrent_decisions_on_different_cases_all_take_effect_each_with_its_own_entry_in_one_chain()
            throws Exception {
        List<DemandId> demands = new ArrayList<>();
        for (int i = 0; i < DECISIONS; i++) {
            demands.add(openedCase());
        }
        ExecutorService reviewers = Executors.newFixedThreadPool(DECISIONS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> orders = new ArrayList<>();
            for (DemandId demandId : demands) {
                orders.add(reviewers.submit(() -> {
                    start.await();
                    return fullOrderOn(demandId, Duration.ofDays(30));
                }));
            }
            start.countDown();
            for (Future<String> order : orders) {
                assertThat(order.get(2, TimeUnit.MINUTES)).isNotBlank();
            }
        } finally {
            reviewers.shutdownNow();
        }

        List<Long> orderEntries = demands.stream().map(d -> AuditTable.seqsOf(jdbc, d)).peek(seqs ->
                assertThat(seqs).hasSize(2)).map(seqs -> seqs.get(1)).toList();
        assertThat(orderEntries).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT count(DISTINCT previous_hash) = count(*) FROM audit_log").query(Boolean.class)
                .single()).isTrue();
        assertThat(trail.verify()).isInstanceOf(ChainReport.Intact.class);
    }
}
