package org.demandflow.review.expiry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.OrderTerms;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.cases.StatedEnd;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.support.domain.DemandId;
import org.demandflow.testsupport.kafka.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExpirySweepTest extends IntegrationTest {

    @Autowired
    ExpirySweeper sweeper;

    @Autowired
    DueOrderReleases releases;

    @Autowired
    ExpiryProperties properties;

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private DemandId caseWithOrderEndingIn(Duration runsFor) {
        DemandId demandId = openedCase();
        OrderTerms terms = new OrderTerms(OrderAuthority.USC_2705A, "W.D. Wash.", "MJ-9", clock.instant(),
                clock.instant().plus(runsFor), OrderScope.FULL, List.of(), null);
        reviews.recordOrder(demandId, terms, "reviewer");
        return demandId;
    }

    private ReviewCase load(DemandId demandId) {
        return reviews.find(demandId).orElseThrow();
    }

    @Test
    void an_order_is_released_at_its_end_and_the_case_clears_with_its_delayed_notice() {
        DemandId demandId = caseWithOrderEndingIn(Duration.ofDays(8));

        clock.advance(Duration.ofDays(9));
        sweeper.sweep();

        ReviewCase released = load(demandId);
        assertThat(released.status()).isEqualTo(SecrecyStatus.CLEARED);
        assertThat(released.version()).isEqualTo(3);
        assertThat(released.snapshot().published().delayedNotice().docketNumber()).isEqualTo("MJ-9");
    }

    @Test
    void an_order_is_not_released_before_its_end() {
        DemandId demandId = caseWithOrderEndingIn(Duration.ofDays(10));

        sweeper.sweep();

        assertThat(load(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
    }

    @Test
    void an_extension_recorded_before_the_sweep_keeps_the_order() {
        DemandId demandId = caseWithOrderEndingIn(Duration.ofDays(8));
        String orderId = load(demandId).snapshot().orders().get(0).orderId();
        clock.advance(Duration.ofDays(9));

        reviews.extend(demandId, orderId, clock.instant().plus(Duration.ofDays(30)), "reviewer");
        sweeper.sweep();

        assertThat(load(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
    }

    @Test
    void an_extension_after_the_release_is_refused_naming_the_state() {
        DemandId demandId = caseWithOrderEndingIn(Duration.ofDays(8));
        String orderId = load(demandId).snapshot().orders().get(0).orderId();
        clock.advance(Duration.ofDays(9));
        sweeper.sweep();

        Outcome outcome = reviews.extend(demandId, orderId, clock.instant().plus(Duration.ofDays(30)), "reviewer");

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal().detail()).contains("EXPIRED"));
    }

    @Test
    void two_sweepers_at_once_release_each_order_exactly_once() {
        List<DemandId> demandIds = IntStream.range(0, 12)
                .mapToObj(i -> caseWithOrderEndingIn(Duration.ofDays(8))).toList();
        clock.advance(Duration.ofDays(9));
        ExpirySweeper other = new ExpirySweeper(releases, new ExpiryProperties(Duration.ofHours(1), 2, Duration.ZERO),
                new SimpleMeterRegistry());
        ExpirySweeper one = new ExpirySweeper(releases, new ExpiryProperties(Duration.ofHours(1), 2, Duration.ZERO),
                new SimpleMeterRegistry());
        CountDownLatch start = new CountDownLatch(1);
        TopicReader<Object> statuses = kafka().avroReader("demand-secrecy-status");

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> awaitThen(start, one));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> awaitThen(start, other));
        start.countDown();

        assertThat(first.join() + second.join()).isGreaterThanOrEqualTo(demandIds.size());
        demandIds.forEach(id -> {
            ReviewCase released = load(id);
            assertThat(released.version()).isEqualTo(3);
            assertThat(released.snapshot().history())
                    .filteredOn(e -> e.action() == CaseAction.ORDER_EXPIRED).hasSize(1);
        });
        try (statuses) {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    demandIds.stream().allMatch(id -> valuesOf(statuses, id.toString()).size() >= 3));
            demandIds.forEach(id -> assertThat(valuesOf(statuses, id.toString())).map(SecrecyStatusChanged.class::cast)
                    .extracting(SecrecyStatusChanged::getVersion).containsExactly(1, 2, 3));
        }
    }

    @Test
    void an_order_until_a_court_date_is_released_only_the_margin_after_the_start_of_the_next_day_there() {
        DemandId demandId = openedCase();
        LocalDate until = LocalDate.ofInstant(clock.instant(), NEW_YORK).plusDays(10);
        OrderTerms terms = new OrderTerms(OrderAuthority.USC_2705B, "S.D.N.Y.", "MJ-11", clock.instant(),
                new StatedEnd(null, until, NEW_YORK.getId()), OrderScope.FULL, List.of(), null);
        reviews.recordOrder(demandId, terms, "reviewer");
        Instant end = until.plusDays(1).atStartOfDay(NEW_YORK).toInstant();
        assertThat(load(demandId).snapshot().orders().get(0).expiresAt()).isEqualTo(end);

        clock.set(end.plus(properties.releaseMargin()).minusMillis(1));
        sweeper.sweep();
        assertThat(load(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);

        clock.set(end.plus(properties.releaseMargin()));
        sweeper.sweep();
        assertThat(load(demandId).status()).isEqualTo(SecrecyStatus.CLEARED);
        assertThat(load(demandId).snapshot().published().delayedNotice().endedAt()).isEqualTo(end);
    }

    @Test
    void the_release_margin_is_five_minutes_unless_configured() {
        assertThat(properties.releaseMargin()).isEqualTo(Duration.ofMinutes(5));
    }

    private static int awaitThen(CountDownLatch start, ExpirySweeper sweeper) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return sweeper.sweep();
    }
}
