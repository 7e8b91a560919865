package org.demandflow.notification.response.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandflow.notification.DemandPoll;
import org.demandflow.notification.response.DemandResponses;
import org.demandflow.notification.response.Disposition;
import org.demandflow.notification.response.ResponseApplied;
import org.demandflow.notification.response.ResponseChange;
import org.demandflow.notification.response.ResponseStage;
import org.demandflow.notification.support.ServiceTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A poll of responses recorded set-based ({@link ResponseRecorder#open}): each record is judged against the
 * version before it (the stored one, or the poll's newer one before it), each newer version is published once with
 * whether the response before it was closed, and each demand keeps its newest version; an older version or a
 * redelivery changes nothing and publishes nothing.
 */
@RecordApplicationEvents
class ResponsePollTest extends ServiceTest {

    @Autowired ResponseRecorder recorder;
    @Autowired DemandResponses responses;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents events;

    @Test
    void a_poll_publishes_each_newer_version_in_its_turn_and_stores_each_demands_newest() {
        DemandId advanced = stored(1, ResponseStage.REDIRECT_REQUESTED);
        DemandId first = DemandId.random();
        DemandId older = stored(3, ResponseStage.PRODUCTION_REVIEW);
        DemandId reordered = stored(1, ResponseStage.REDIRECT_REQUESTED);
        DemandId twoInOrder = stored(1, ResponseStage.REDIRECT_REQUESTED);
        DemandId correctedAfterClosing = stored(2, ResponseStage.CLOSED);
        List<ResponseChange> poll = List.of(
                response(advanced, 2, ResponseStage.PRODUCTION_REVIEW),
                response(first, 1, ResponseStage.UNDER_REVIEW),
                response(older, 2, ResponseStage.REDIRECT_REQUESTED),
                response(older, 3, ResponseStage.PRODUCTION_REVIEW),
                response(reordered, 3, ResponseStage.CLOSED),
                response(reordered, 2, ResponseStage.PRODUCTION_REVIEW),
                response(twoInOrder, 2, ResponseStage.PRODUCTION_REVIEW),
                response(twoInOrder, 3, ResponseStage.CLOSED),
                response(correctedAfterClosing, 3, ResponseStage.CLOSED));

        List<String> outcomes = recorded(poll);

        assertThat(outcomes).containsExactly("applied", "applied", "not newer", "not newer", "applied", "not newer",
                "applied", "applied", "applied");
        assertThat(events.stream(ResponseApplied.class)).containsExactly(
                new ResponseApplied(poll.get(0), false),
                new ResponseApplied(poll.get(1), false),
                new ResponseApplied(poll.get(4), false),
                new ResponseApplied(poll.get(6), false),
                new ResponseApplied(poll.get(7), false),
                new ResponseApplied(poll.get(8), true));
        assertThat(latestVersions(advanced, first, older, reordered, twoInOrder, correctedAfterClosing))
                .containsExactlyInAnyOrderEntriesOf(Map.of(advanced, 2, first, 1, older, 3, reordered, 3,
                        twoInOrder, 3, correctedAfterClosing, 3));
    }

    @Test
    void a_redelivered_poll_changes_nothing_and_publishes_nothing() {
        DemandId demandId = DemandId.random();
        List<ResponseChange> poll = List.of(response(demandId, 1, ResponseStage.REDIRECT_REQUESTED),
                response(demandId, 2, ResponseStage.CLOSED));
        recorded(poll);
        long publishedBefore = events.stream(ResponseApplied.class).count();

        assertThat(recorded(poll)).containsExactly("not newer", "not newer");
        assertThat(events.stream(ResponseApplied.class).count()).isEqualTo(publishedBefore);
        assertThat(latestVersions(demandId)).containsExactlyEntriesOf(Map.of(demandId, 2));
    }

    @Test
    void a_store_answers_only_the_demands_it_stored_a_newer_version_of() {
        DemandId behind = stored(5, ResponseStage.PRODUCTION_REVIEW);
        DemandId absent = DemandId.random();

        Set<DemandId> stored = transactions.execute(tx -> responses.storeIfNewer(
                List.of(response(behind, 4, ResponseStage.CLOSED), response(absent, 1, ResponseStage.UNDER_REVIEW))));

        assertThat(stored).containsExactly(absent);
        assertThat(latestVersions(behind, absent)).containsExactlyInAnyOrderEntriesOf(Map.of(behind, 5, absent, 1));
    }

    private List<String> recorded(List<ResponseChange> poll) {
        List<String> outcomes = new ArrayList<>();
        transactions.executeWithoutResult(tx -> {
            DemandPoll.Handler<ResponseChange> handler = recorder.open(poll);
            poll.forEach(response -> outcomes.add(handler.handle(response)));
        });
        return outcomes;
    }

    private DemandId stored(int version, ResponseStage stage) {
        DemandId demandId = DemandId.random();
        transactions.executeWithoutResult(tx -> responses.storeIfNewer(List.of(response(demandId, version, stage))));
        return demandId;
    }

    private Map<DemandId, Integer> latestVersions(DemandId... demandIds) {
        return transactions.execute(tx -> {
            Map<DemandId, Integer> versions = new HashMap<>();
            responses.latestLocked(List.of(demandIds)).forEach((id, latest) -> versions.put(id, latest.version()));
            return versions;
        });
    }

    private static ResponseChange response(DemandId demandId, int version, ResponseStage stage) {
        return new ResponseChange(demandId, CUSTOMER, version, stage,
                stage == ResponseStage.CLOSED ? Disposition.REDIRECTED : null, null, null,
                Instant.parse("2026-12-01T10:00:00Z").plusSeconds(version));
    }
}
