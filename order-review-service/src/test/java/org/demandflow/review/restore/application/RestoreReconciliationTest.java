package org.demandflow.review.restore.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandType;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.review.attention.AttentionItem;
import org.demandflow.review.attention.AttentionKind;
import org.demandflow.review.attention.application.AttentionList;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.expiry.application.DueOrderReleases;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database restored from a backup continues each demand's status versions from the topic's, on the real broker
 * and database: the next version follows the last published one, no version is ever published with a second
 * value, a gate the topic had closed is never opened, and the reviewers are asked to decide again.
 */
class RestoreReconciliationTest extends IntegrationTest {

    private static final String TOPIC = "demand-secrecy-status";

    @Autowired
    RestoreReconciler reconciler;

    @Autowired
    DueOrderReleases releases;

    @Autowired
    AttentionList attention;

    @Autowired
    JdbcTemplate jdbc;

    /** The records of a demand on the topic once there are {@code atLeast}, in topic order. */
    private List<ConsumerRecord<String, byte[]>> published(DemandId demandId, int atLeast) {
        String key = demandId.toString();
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> kafka().readBytes(TOPIC).stream().filter(r -> key.equals(r.key())).toList(),
                records -> records.size() >= atLeast);
    }

    private List<SecrecyStatusChanged> statuses(DemandId demandId) {
        return kafka().readAvro(TOPIC).stream().filter(r -> demandId.toString().equals(r.key()))
                .map(r -> (SecrecyStatusChanged) r.value()).toList();
    }

    /** Fails if any version of the demand was published with two different values. */
    private void assertNoVersionHasTwoValues(DemandId demandId) {
        List<ConsumerRecord<String, byte[]>> records = published(demandId, 1);
        List<SecrecyStatusChanged> decoded = statuses(demandId);
        Map<Integer, List<byte[]>> byVersion = IntStream.range(0, records.size()).boxed()
                .collect(Collectors.groupingBy(i -> decoded.get(i).getVersion(),
                        Collectors.mapping(i -> records.get(i).value(), Collectors.toList())));
        byVersion.forEach((version, values) -> assertThat(values)
                .as("every value of version %d", version)
                .allSatisfy(value -> assertThat(Arrays.equals(value, values.get(0))).isTrue()));
    }

    private List<AttentionItem> restoreItemsOf(DemandId demandId) {
        return attention.items().stream().filter(i -> i.demandId().equals(demandId)
                && i.kind() == AttentionKind.DECIDE_AGAIN_AFTER_RESTORE).toList();
    }

    @Test
    void the_next_publication_after_a_restore_follows_the_topics_last_version_never_one_it_had() {
        DemandId demandId = openedCase();
        published(demandId, 1);
        CaseBackup backup = CaseBackup.of(jdbc, demandId);
        fullOrderOn(demandId, Duration.ofDays(8));
        clock.advance(Duration.ofDays(9));
        releases.releaseDueOrders(100);
        assertThat(published(demandId, 3)).hasSize(3);

        backup.restore();
        assertThat(stored(demandId).version()).isEqualTo(1);
        reconciler.reconcile();

        List<SecrecyStatusChanged> after = await().atMost(Duration.ofSeconds(30))
                .until(() -> statuses(demandId), s -> s.size() >= 4);
        assertThat(after).extracting(SecrecyStatusChanged::getVersion).containsExactly(1, 2, 3, 4);
        assertThat(after.get(3).getStatus().name()).isEqualTo("PENDING_REVIEW");
        assertNoVersionHasTwoValues(demandId);
        assertThat(stored(demandId).version()).isEqualTo(4);
        assertThat(historyOf(demandId)).endsWith(CaseAction.RESTORED_FROM_TOPIC);

        fullOrderOn(demandId, Duration.ofDays(30));
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> statuses(demandId), s -> s.size() >= 5)
                .get(4).getVersion()).isEqualTo(5);
        assertNoVersionHasTwoValues(demandId);
    }

    @Test
    void a_restored_case_never_opens_a_gate_the_topic_had_closed_it_returns_to_review() {
        DemandId demandId = openedCase("SUBPOENA", false);
        reviews.recordNoSecrecyOrder(demandId, "checked the docket", "reviewer");
        published(demandId, 2);
        CaseBackup backup = CaseBackup.of(jdbc, demandId);
        fullOrderOn(demandId, Duration.ofDays(30));
        published(demandId, 3);

        backup.restore();
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.CLEARED);
        reconciler.reconcile();

        List<SecrecyStatusChanged> after = await().atMost(Duration.ofSeconds(30))
                .until(() -> statuses(demandId), s -> s.size() >= 4);
        assertThat(after).extracting(s -> s.getStatus().name())
                .containsExactly("PENDING_REVIEW", "CLEARED", "RESTRICTED", "PENDING_REVIEW");
        assertThat(after.get(3).getVersion()).isEqualTo(4);
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.PENDING_REVIEW);
        assertNoVersionHasTwoValues(demandId);
    }

    @Test
    void a_restored_case_is_on_the_attention_list_until_a_reviewer_decides_again() {
        DemandId demandId = openedCase();
        published(demandId, 1);
        CaseBackup backup = CaseBackup.of(jdbc, demandId);
        fullOrderOn(demandId, Duration.ofDays(30));
        published(demandId, 2);
        backup.restore();
        assertThat(restoreItemsOf(demandId)).isEmpty();

        reconciler.reconcile();

        assertThat(restoreItemsOf(demandId)).singleElement()
                .satisfies(item -> assertThat(item.reason()).contains("version 2", "after the backup"));
        fullOrderOn(demandId, Duration.ofDays(30));
        assertThat(restoreItemsOf(demandId)).isEmpty();
    }

    @Test
    void a_demand_received_after_the_backup_opens_pending_review_after_the_topics_last_version() {
        DemandId demandId = DemandId.random();
        CaseBackup backup = CaseBackup.of(jdbc, demandId);
        kafka().send("demands", demandId.toString(), received(demandId));
        await().atMost(Duration.ofSeconds(30)).until(() -> reviews.find(demandId).isPresent());
        fullOrderOn(demandId, Duration.ofDays(30));
        published(demandId, 2);

        backup.restore();
        assertThat(reviews.find(demandId)).isEmpty();
        reconciler.reconcile();

        assertThat(stored(demandId).version()).isEqualTo(3);
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.PENDING_REVIEW);
        List<SecrecyStatusChanged> after = await().atMost(Duration.ofSeconds(30))
                .until(() -> statuses(demandId), s -> s.size() >= 3);
        assertThat(after).extracting(SecrecyStatusChanged::getVersion).containsExactly(1, 2, 3);
        assertNoVersionHasTwoValues(demandId);
        assertThat(restoreItemsOf(demandId)).hasSize(1);
    }

    private DemandReceived received(DemandId demandId) {
        Instant now = clock.instant();
        return DemandReceived.newBuilder().setDemandId(demandId.toString())
                .setSubmissionId(UUID.randomUUID().toString()).setSourceSystem("ticketing")
                .setExternalReference("T-" + demandId).setCustomerId("contoso")
                .setDemandType(DemandType.SEARCH_WARRANT)
                .setIssuingAuthority(IssuingAuthority.newBuilder().setAgency("FBI").setCountry("US").build())
                .setDataCategories(List.of(DataCategory.CONTENT)).setAccountIdentifiers(List.of("a@contoso.com"))
                .setReceivedAt(now).setResponseDueAt(now.plus(Duration.ofDays(10))).setNondisclosureIndicated(true)
                .build();
    }

    @Test
    void a_case_in_step_with_the_topic_is_left_as_it_is() {
        DemandId demandId = openedCase();
        fullOrderOn(demandId, Duration.ofDays(30));
        published(demandId, 2);

        reconciler.reconcile();

        assertThat(historyOf(demandId)).doesNotContain(CaseAction.RESTORED_FROM_TOPIC);
        assertThat(stored(demandId).version()).isEqualTo(2);
    }
}
