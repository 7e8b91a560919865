package org.demandflow.notification.delivery.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.Notices;
import org.springframework.stereotype.Component;

/**
 * The notice meters: {@code demandflow.notices.sent}, {@code demandflow.notices.failed{reason}},
 * {@code demandflow.notices.cancelled}, {@code demandflow.notices.pending} (PENDING or SENDING),
 * {@code demandflow.notices.oldest.open.age} (seconds since the oldest of those was planned),
 * {@code demandflow.notices.held} (a sweep left a due notice for later: a status of its demand was unread) and
 * {@code demandflow.notice.latency} (from the status's effectiveAt to the mail being accepted).
 */
@Component
public class NoticeMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Counter sent;
    private final Counter cancelled;
    private final Counter held;
    private final Timer latency;

    public NoticeMetrics(MeterRegistry registry, Clock clock, Notices notices) {
        this.registry = registry;
        this.clock = clock;
        this.sent = registry.counter("demandflow.notices.sent");
        this.cancelled = registry.counter("demandflow.notices.cancelled");
        this.held = registry.counter("demandflow.notices.held");
        this.latency = Timer.builder("demandflow.notice.latency")
                .description("From the status's effectiveAt to the mail being accepted").register(registry);
        Gauge.builder("demandflow.notices.pending", notices, Notices::countOpen).register(registry);
        Gauge.builder("demandflow.notices.oldest.open.age", notices, Notices::oldestOpenSeconds).baseUnit("seconds")
                .description("Since the oldest PENDING or SENDING notice was planned").register(registry);
    }

    void sent(Notice notice) {
        sent.increment();
        latency.record(Duration.between(notice.effectiveAt(), clock.instant()));
    }

    /** Counts a failed notice by its reason code (the text before any colon). */
    public void failed(Notice notice) {
        String code = notice.reason() == null ? "UNKNOWN" : notice.reason().split(":", 2)[0];
        registry.counter("demandflow.notices.failed", "reason", code.toUpperCase(Locale.ROOT)).increment();
    }

    public void cancelled() {
        cancelled.increment();
    }

    void held() {
        held.increment();
    }
}
