package org.demandflow.notification.delivery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;
import static org.demandflow.notification.support.Fixtures.LEGAL;
import static org.demandflow.notification.support.Fixtures.demand;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.gate.NoticeScope;
import org.demandflow.notification.support.ServiceTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The storage guarantees the dispatcher relies on. Notices here are due an hour from now, so
 * the running dispatcher leaves them alone and the test plays the dispatchers.
 */
class JdbcNoticesTest extends ServiceTest {

    static final Instant LATER = Instant.now().plusSeconds(3600);

    @Autowired Notices notices;
    @Autowired Demands demands;
    @Autowired TransactionTemplate transactions;

    final DemandId demandId = DemandId.random();

    Notice dueLater(String recipient) {
        demands.record(List.of(demand(demandId, CUSTOMER)));
        Notice notice = Notice.planned(demandId, CUSTOMER, 2, recipient, NoticeScope.ALL_CONTACTS, LATER, LATER);
        notices.add(notice);
        return notice;
    }

    @Test
    void a_notice_locked_by_one_dispatcher_is_skipped_by_another() {
        Notice notice = dueLater(LEGAL);
        Optional<Notice> second = transactions.execute(first -> {
            assertThat(notices.lockIfDue(notice.id(), LATER.plusSeconds(1))).isPresent();
            return CompletableFuture.supplyAsync(() -> transactions.execute(
                    other -> notices.lockIfDue(notice.id(), LATER.plusSeconds(1))))
                    .orTimeout(10, TimeUnit.SECONDS).join();
        });
        assertThat(second).isEmpty();
    }

    @Test
    void the_workers_shares_hold_every_due_notice_once_and_a_demands_notices_in_one_share() {
        List<DemandId> demandIds = new ArrayList<>();
        List<String> planned = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            DemandId demand = DemandId.random();
            demandIds.add(demand);
            demands.record(List.of(demand(demand, CUSTOMER)));
            for (String recipient : List.of(LEGAL, "ciso@contoso.example")) {
                Notice notice = Notice.planned(demand, CUSTOMER, 2, recipient, NoticeScope.ALL_CONTACTS, LATER, LATER);
                notices.add(notice);
                planned.add(notice.id());
            }
        }
        Instant now = LATER.plusSeconds(1);

        List<List<Notice>> shares = List.of(notices.due(now, 1000, 0, 3), notices.due(now, 1000, 1, 3),
                notices.due(now, 1000, 2, 3));

        List<String> shared = shares.stream().flatMap(List::stream).map(Notice::id).filter(planned::contains).toList();
        assertThat(shared).containsExactlyInAnyOrderElementsOf(planned);
        for (DemandId demand : demandIds) {
            assertThat(shares).as("the shares holding demand %s", demand)
                    .filteredOn(share -> share.stream().anyMatch(notice -> notice.demandId().equals(demand)))
                    .singleElement().satisfies(share -> assertThat(share)
                            .filteredOn(notice -> notice.demandId().equals(demand)).hasSize(2));
        }
    }

    @Test
    void a_notice_handed_over_is_no_longer_due_until_its_lease_runs_out() {
        Notice pending = dueLater(LEGAL);
        notices.transition(pending, pending.handedOver(), LATER.plusSeconds(60));

        assertThat(notices.lockIfDue(pending.id(), LATER.plusSeconds(1))).isEmpty();
        assertThat(notices.due(LATER.plusSeconds(61), 10)).extracting(Notice::id).contains(pending.id());
    }

    @Test
    void the_same_notice_key_is_stored_once_whatever_the_case_of_the_address() {
        dueLater(LEGAL);
        Notice again = Notice.planned(demandId, CUSTOMER, 2, LEGAL.toUpperCase(), NoticeScope.ALL_CONTACTS, LATER,
                LATER);
        assertThat(notices.add(again)).isFalse();
        assertThat(notices.forDemand(demandId)).hasSize(1);
    }

    @Test
    void a_notice_is_concluded_only_by_the_claim_that_holds_it() {
        Notice pending = dueLater(LEGAL);
        Notice firstClaim = pending.handedOver();
        assertThat(notices.transition(pending, firstClaim, LATER)).isTrue();
        Notice secondClaim = firstClaim.handedOver();
        assertThat(notices.transition(firstClaim, secondClaim, LATER)).isTrue();

        assertThat(notices.transition(firstClaim, firstClaim.sent(), null)).isFalse();
        assertThat(notices.transition(secondClaim, secondClaim.sent(), null)).isTrue();
    }

    @Test
    void a_notice_waits_while_its_demand_facts_are_unknown() {
        Notice orphan = Notice.planned(DemandId.random(), CUSTOMER, 2, LEGAL, NoticeScope.ALL_CONTACTS,
                LATER, LATER);
        notices.add(orphan);
        assertThat(notices.due(LATER.plusSeconds(1), 10)).extracting(Notice::id).doesNotContain(orphan.id());
        assertThat(notices.lockIfDue(orphan.id(), LATER.plusSeconds(1))).isEmpty();
    }
}
