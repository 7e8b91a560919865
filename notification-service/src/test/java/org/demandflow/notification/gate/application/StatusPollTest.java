package org.demandflow.notification.gate.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandflow.notification.DemandPoll;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.demand.application.DemandFactsRecorder;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.InboundStatus;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.StatusSignature;
import org.demandflow.notification.support.Fixtures;
import org.demandflow.notification.support.ServiceTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rule 8 judged set-based ({@link StatusAcceptance#open}): a poll of one genuine record per demand leaves exactly
 * what judging the same records one by one leaves, over every kind of demand a poll meets (each verdict; a held
 * status; a run that a poll completes; a demand not received yet; a gate closed for integrity); a poll that is
 * not of that kind (a forged record, two records of one demand) is judged record by record.
 */
class StatusPollTest extends ServiceTest {

    @Autowired StatusAcceptance acceptance;
    @Autowired Demands demands;
    @Autowired DemandFactsRecorder recorder;
    @Autowired CustomerDirectories directories;
    @Autowired TransactionTemplate transactions;

    /** What a demand has before the poll; {@link #record} says what the poll brings for it. */
    enum Situation {
        NOT_RECEIVED_YET, FIRST_STATUS, CLEARANCE_AFTER_REVIEW, CLEARANCE_BEFORE_ITS_PREDECESSOR, GAP_FILLED,
        RESTRICTION_AFTER_CLEARANCE, IDENTICAL_REDELIVERY, CONFLICTING_VALUE, ANOTHER_CUSTOMER, CLOSED_FOR_INTEGRITY
    }

    @BeforeEach
    void contosoIsPublished() {
        directories.replace(Fixtures.contoso());
    }

    @Test
    void a_poll_judged_set_based_leaves_what_judging_its_records_one_by_one_leaves() {
        Map<Situation, DemandId> oneByOne = prepared();
        Map<Situation, DemandId> setBased = prepared();

        Map<Situation, String> alone = new EnumMap<>(Situation.class);
        transactions.executeWithoutResult(tx -> oneByOne.forEach((situation, demandId) ->
                alone.put(situation, acceptance.accept(record(situation, demandId)).getClass().getSimpleName())));
        Map<Situation, String> together = judgedAsOnePoll(setBased);

        assertThat(together).isEqualTo(alone);
        assertThat(alone.values()).contains("Accepted", "Duplicate", "NotGenuine");
        for (Situation situation : Situation.values()) {
            assertThat(state(setBased.get(situation))).as(situation.name())
                    .isEqualTo(state(oneByOne.get(situation)));
        }
    }

    @Test
    void a_poll_with_two_records_of_one_demand_is_judged_record_by_record_each_on_what_the_one_before_saved() {
        DemandId demandId = DemandId.random();
        demands.record(List.of(Fixtures.demand(demandId, CUSTOMER)));
        List<InboundStatus> poll = List.of(inbound(demandId, 1, SecrecyStatus.PENDING_REVIEW),
                inbound(demandId, 2, SecrecyStatus.CLEARED, Fixtures.LEGAL));

        List<String> verdicts = judged(poll);

        assertThat(verdicts).containsExactly("Accepted", "Accepted");
        assertThat(state(demandId).history()).isEqualTo("seen 2, applied 2, open");
        assertThat(state(demandId).latest()).isEqualTo("2 CLEARED reviewed");
    }

    @Test
    void a_forged_record_in_a_poll_closes_its_demand_and_the_genuine_records_beside_it_still_apply() {
        DemandId genuine = DemandId.random();
        DemandId forged = DemandId.random();
        demands.record(List.of(Fixtures.demand(genuine, CUSTOMER)));
        List<InboundStatus> poll = new ArrayList<>(List.of(inbound(genuine, 1, SecrecyStatus.PENDING_REVIEW),
                new InboundStatus(forged.toString(), Fixtures.status(forged, 1, SecrecyStatus.CLEARED), "digest-1",
                        StatusSignature.MISSING)));
        poll.sort(Comparator.comparing(inbound -> inbound.status().demandId().toString()));

        List<String> verdicts = judged(poll);

        assertThat(verdicts).containsExactlyInAnyOrder("Accepted", "NotGenuine");
        assertThat(state(genuine).history()).isEqualTo("seen 1, applied 1, open");
        assertThat(state(forged).history()).isEqualTo("seen 0, applied 0, closed");
    }

    @Test
    void demands_arriving_in_one_poll_each_apply_their_held_run_and_a_strangers_record_closes_only_its_own_gate() {
        DemandId cleared = DemandId.random();
        DemandId reviewedThenCleared = DemandId.random();
        DemandId stranger = DemandId.random();
        transactions.executeWithoutResult(tx -> List.of(inbound(cleared, 1, SecrecyStatus.CLEARED),
                        inbound(reviewedThenCleared, 1, SecrecyStatus.PENDING_REVIEW),
                        inbound(reviewedThenCleared, 2, SecrecyStatus.EXECUTIVE_ONLY, Fixtures.LEGAL),
                        inbound(stranger, 1, SecrecyStatus.CLEARED))
                .forEach(acceptance::accept));
        List<DemandFacts> poll = new ArrayList<>(List.of(Fixtures.demand(cleared, CUSTOMER),
                Fixtures.demand(reviewedThenCleared, CUSTOMER), Fixtures.demand(stranger, "fabrikam")));
        poll.sort(Comparator.comparing(facts -> facts.demandId().toString()));

        Set<DemandId> recorded = transactions.execute(tx -> recorder.record(poll));
        Set<DemandId> redelivered = transactions.execute(tx -> recorder.record(poll));

        assertThat(recorded).containsExactlyInAnyOrder(cleared, reviewedThenCleared, stranger);
        assertThat(redelivered).isEmpty();
        assertThat(state(cleared).history()).isEqualTo("seen 1, applied 1, open");
        assertThat(state(cleared).notices()).hasSize(2); // Ada and Cy, the legal-notice contacts
        assertThat(state(reviewedThenCleared).history()).isEqualTo("seen 2, applied 2, open");
        assertThat(state(reviewedThenCleared).notices()).containsExactly("2 " + Fixtures.LEGAL + " EXECUTIVE_ONLY");
        assertThat(state(stranger).history()).isEqualTo("seen 1, applied 0, closed");
        assertThat(state(stranger).incidents()).containsExactly("1 CUSTOMER_MISMATCH");
        assertThat(state(stranger).notices()).isEmpty();
    }

    private List<String> judged(List<InboundStatus> poll) {
        return transactions.execute(tx -> {
            DemandPoll.Handler<InboundStatus> handler = acceptance.open(poll);
            List<String> verdicts = poll.stream().map(handler::handle).toList();
            handler.finish();
            return verdicts;
        });
    }

    private Map<Situation, String> judgedAsOnePoll(Map<Situation, DemandId> demandIds) {
        List<Situation> inLockOrder = new ArrayList<>(demandIds.keySet());
        inLockOrder.sort(Comparator.comparing(situation -> demandIds.get(situation).toString()));
        List<String> verdicts = judged(inLockOrder.stream()
                .map(situation -> record(situation, demandIds.get(situation))).toList());
        Map<Situation, String> bySituation = new EnumMap<>(Situation.class);
        for (int i = 0; i < inLockOrder.size(); i++) {
            bySituation.put(inLockOrder.get(i), verdicts.get(i));
        }
        return bySituation;
    }

    /** A demand in each situation, as earlier records (each judged alone) left it. */
    private Map<Situation, DemandId> prepared() {
        Map<Situation, DemandId> demandIds = new EnumMap<>(Situation.class);
        for (Situation situation : Situation.values()) {
            DemandId demandId = DemandId.random();
            demandIds.put(situation, demandId);
            if (situation != Situation.NOT_RECEIVED_YET) {
                demands.record(List.of(Fixtures.demand(demandId,
                        situation == Situation.ANOTHER_CUSTOMER ? "fabrikam" : CUSTOMER)));
            }
            before(situation, demandId).forEach(earlier -> acceptance.accept(earlier));
        }
        return demandIds;
    }

    private static List<InboundStatus> before(Situation situation, DemandId demandId) {
        InboundStatus review = inbound(demandId, 1, SecrecyStatus.PENDING_REVIEW);
        return switch (situation) {
            case NOT_RECEIVED_YET, FIRST_STATUS, ANOTHER_CUSTOMER -> List.of();
            case CLEARANCE_AFTER_REVIEW, IDENTICAL_REDELIVERY, CONFLICTING_VALUE -> List.of(review);
            case CLEARANCE_BEFORE_ITS_PREDECESSOR -> List.of(inbound(demandId, 2, SecrecyStatus.CLEARED, Fixtures.LEGAL));
            case GAP_FILLED -> List.of(review, inbound(demandId, 3, SecrecyStatus.EXECUTIVE_ONLY, Fixtures.LEGAL));
            case RESTRICTION_AFTER_CLEARANCE -> List.of(review, inbound(demandId, 2, SecrecyStatus.CLEARED));
            case CLOSED_FOR_INTEGRITY -> List.of(review, new InboundStatus(demandId.toString(),
                    Fixtures.status(demandId, 1, SecrecyStatus.CLEARED), "another value", StatusSignature.GENUINE));
        };
    }

    private static InboundStatus record(Situation situation, DemandId demandId) {
        return switch (situation) {
            case NOT_RECEIVED_YET, FIRST_STATUS, ANOTHER_CUSTOMER, IDENTICAL_REDELIVERY ->
                    inbound(demandId, 1, SecrecyStatus.PENDING_REVIEW);
            case CLEARANCE_AFTER_REVIEW, CLOSED_FOR_INTEGRITY -> inbound(demandId, 2, SecrecyStatus.CLEARED);
            case CLEARANCE_BEFORE_ITS_PREDECESSOR -> inbound(demandId, 1, SecrecyStatus.PENDING_REVIEW);
            case GAP_FILLED -> inbound(demandId, 2, SecrecyStatus.RESTRICTED);
            case RESTRICTION_AFTER_CLEARANCE -> inbound(demandId, 3, SecrecyStatus.RESTRICTED);
            case CONFLICTING_VALUE -> new InboundStatus(demandId.toString(),
                    Fixtures.status(demandId, 1, SecrecyStatus.CLEARED), "another value", StatusSignature.GENUINE);
        };
    }

    private static InboundStatus inbound(DemandId demandId, int version, SecrecyStatus status, String... permitted) {
        return new InboundStatus(demandId.toString(), Fixtures.status(demandId, version, status, permitted),
                "digest-" + version + "-" + status, StatusSignature.GENUINE);
    }

    /** What the gate keeps of a demand, without its id and times; notices without their state (mail goes out). */
    record GateState(String history, List<String> versionsSeen, String latest, List<String> notices,
                     List<String> incidents) {
    }

    private GateState state(DemandId demandId) {
        String id = demandId.toString();
        return new GateState(
                jdbc.sql("""
                        SELECT 'seen ' || highest_seen || ', applied ' || applied_through
                            || CASE WHEN integrity_closed_at IS NULL THEN ', open' ELSE ', closed' END
                        FROM status_history WHERE demand_id = ?""").param(id).query(String.class).optional()
                        .orElse("none"),
                jdbc.sql("SELECT version || ' ' || status || ' ' || digest FROM status_version WHERE demand_id = ?"
                        + " ORDER BY version").param(id).query(String.class).list(),
                jdbc.sql("SELECT version || ' ' || status || ' ' || reason FROM demand_status WHERE demand_id = ?")
                        .param(id).query(String.class).optional().orElse("none"),
                jdbc.sql("SELECT status_version || ' ' || recipient_email || ' ' || scope FROM notice"
                        + " WHERE demand_id = ? ORDER BY 1").param(id).query(String.class).list(),
                jdbc.sql("SELECT version || ' ' || kind FROM integrity_incident WHERE demand_id = ? ORDER BY id")
                        .param(id).query(String.class).list());
    }
}
