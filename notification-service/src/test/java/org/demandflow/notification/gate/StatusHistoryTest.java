package org.demandflow.notification.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;

/** Safety rule 8 on the Spring-free status history: only genuine, complete histories open the gate. */
class StatusHistoryTest {

    static final DemandId DEMAND = DemandId.parse("6f1c1f3e-8a42-4c1e-9a59-0d3b6c2f7e11");
    static final Optional<String> CONTOSO = Optional.of("contoso");

    static StatusChange status(int version, SecrecyStatus status) {
        return new StatusChange(DEMAND, "contoso", version, status, "reviewed", List.of(), null,
                Instant.parse("2026-11-28T10:00:00Z"));
    }

    static InboundStatus inbound(StatusChange status) {
        return new InboundStatus(status.demandId().toString(), status, "digest-" + status.version(),
                StatusSignature.GENUINE);
    }

    /** The history after each status is seen and the run advanced; the last advance is returned. */
    static StatusRun deliver(StatusChange... statuses) {
        StatusRun run = new StatusRun(StatusHistory.empty(DEMAND), List.of(), Optional.empty());
        for (StatusChange status : statuses) {
            run = run.history().seen(status).advance();
        }
        return run;
    }

    @Test
    void a_permission_at_the_end_of_an_unbroken_run_opens_the_gate() {
        StatusRun run = deliver(status(1, SecrecyStatus.PENDING_REVIEW), status(2, SecrecyStatus.CLEARED));
        assertThat(run.opening()).contains(status(2, SecrecyStatus.CLEARED));
        assertThat(run.history().appliedThrough()).isEqualTo(2);
    }

    @Test
    void a_permission_across_a_gap_is_held() {
        StatusRun run = deliver(status(1, SecrecyStatus.PENDING_REVIEW), status(3, SecrecyStatus.CLEARED));
        assertThat(run.opening()).isEmpty();
        assertThat(run.history().appliedThrough()).isEqualTo(1);
        assertThat(run.history().highestSeen()).isEqualTo(3);
        assertThat(run.history().held()).containsOnlyKeys(3);
    }

    @Test
    void when_the_gap_fills_the_run_applies_in_order_and_only_its_final_state_opens() {
        StatusRun run = deliver(status(1, SecrecyStatus.PENDING_REVIEW), status(3, SecrecyStatus.CLEARED),
                status(2, SecrecyStatus.EXECUTIVE_ONLY));
        assertThat(run.applied()).extracting(StatusChange::version).containsExactly(2, 3);
        assertThat(run.opening()).contains(status(3, SecrecyStatus.CLEARED));
        assertThat(run.history().held()).isEmpty();
    }

    @Test
    void a_permission_older_than_the_highest_version_seen_never_opens_the_gate() {
        StatusRun run = deliver(status(1, SecrecyStatus.PENDING_REVIEW), status(3, SecrecyStatus.RESTRICTED),
                status(2, SecrecyStatus.CLEARED));
        assertThat(run.history().appliedThrough()).isEqualTo(3);
        assertThat(run.opening()).isEmpty();
    }

    @Test
    void a_version_jump_holds_every_later_permission_for_good() {
        StatusRun run = deliver(status(1, SecrecyStatus.PENDING_REVIEW),
                status(Integer.MAX_VALUE, SecrecyStatus.CLEARED), status(2, SecrecyStatus.CLEARED));
        assertThat(run.history().appliedThrough()).isEqualTo(2);
        assertThat(run.history().highestSeen()).isEqualTo(Integer.MAX_VALUE);
        assertThat(run.opening()).isEmpty();
    }

    @Test
    void a_demand_closed_for_integrity_never_opens_even_at_the_end_of_its_run() {
        StatusHistory closed = deliver(status(1, SecrecyStatus.PENDING_REVIEW)).history().closed();
        assertThat(closed.seen(status(2, SecrecyStatus.CLEARED)).advance().opening()).isEmpty();
    }

    @Test
    void an_identical_redelivery_is_a_duplicate() {
        StatusChange cleared = status(2, SecrecyStatus.CLEARED);
        assertThat(StatusHistory.empty(DEMAND).judge(inbound(cleared), Optional.of("digest-2"), CONTOSO))
                .isEqualTo(new StatusVerdict.Duplicate());
    }

    @Test
    void another_value_for_a_version_already_seen_is_not_genuine() {
        StatusChange cleared = status(2, SecrecyStatus.CLEARED);
        assertThat(StatusHistory.empty(DEMAND).judge(inbound(cleared), Optional.of("digest-of-a-restriction"),
                CONTOSO)).isEqualTo(new StatusVerdict.NotGenuine(IntegrityKind.VERSION_CONFLICT));
    }

    @Test
    void a_status_naming_another_customer_than_the_demand_is_not_genuine() {
        assertThat(StatusHistory.empty(DEMAND).judge(inbound(status(1, SecrecyStatus.CLEARED)), Optional.empty(),
                Optional.of("fabrikam"))).isEqualTo(new StatusVerdict.NotGenuine(IntegrityKind.CUSTOMER_MISMATCH));
    }

    @Test
    void a_status_whose_demand_is_not_known_yet_is_accepted_to_be_held() {
        assertThat(StatusHistory.empty(DEMAND).judge(inbound(status(1, SecrecyStatus.CLEARED)), Optional.empty(),
                Optional.empty())).isEqualTo(new StatusVerdict.Accepted());
    }

    @Test
    void a_record_keyed_by_another_demand_or_by_nothing_is_not_genuine() {
        StatusChange cleared = status(1, SecrecyStatus.CLEARED);
        StatusVerdict keyMismatch = new StatusVerdict.NotGenuine(IntegrityKind.KEY_MISMATCH);
        InboundStatus anotherKey = new InboundStatus(DemandId.random().toString(), cleared, "d",
                StatusSignature.GENUINE);
        InboundStatus noKey = new InboundStatus(null, cleared, "d", StatusSignature.GENUINE);
        assertThat(StatusHistory.empty(DEMAND).judge(anotherKey, Optional.empty(), CONTOSO)).isEqualTo(keyMismatch);
        assertThat(StatusHistory.empty(DEMAND).judge(noKey, Optional.empty(), CONTOSO)).isEqualTo(keyMismatch);
    }

    @Test
    void a_version_of_a_run_carried_over_without_its_value_changes_nothing() {
        StatusHistory carried = new StatusHistory(DEMAND, 4, 4, false, new java.util.TreeMap<>());
        assertThat(carried.judge(inbound(status(3, SecrecyStatus.CLEARED)), Optional.empty(), CONTOSO))
                .isEqualTo(new StatusVerdict.Stale());
    }

    @Test
    void the_held_status_of_another_customer_is_found_when_the_demand_arrives() {
        StatusChange foreign = new StatusChange(DEMAND, "fabrikam", 2, SecrecyStatus.CLEARED, "", List.of(), null,
                Instant.EPOCH);
        StatusHistory history = StatusHistory.empty(DEMAND).seen(status(1, SecrecyStatus.PENDING_REVIEW))
                .seen(foreign);
        assertThat(history.firstHeldNotOf("contoso")).contains(foreign);
        assertThat(history.firstHeldNotOf("fabrikam")).contains(status(1, SecrecyStatus.PENDING_REVIEW));
    }
}
