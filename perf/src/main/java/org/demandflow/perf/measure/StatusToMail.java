package org.demandflow.perf.measure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.demandflow.perf.load.FixedRate;
import org.demandflow.perf.load.Outcomes;

/**
 * Status to mail: a reviewer's "no secrecy order" on demands in PENDING_REVIEW ({@code POST
 * /api/v1/reviews/{id}/no-secrecy-order}, with {@code stack token reviewer}) at a fixed rate, each timed from its
 * scheduled moment to the conclusion of the demand's first SENT notice: notification-service stamps it right
 * after the SMTP sink accepted the mail (its {@code CustomerNotice}'s {@code occurredAt}). So that the report shows
 * where the time goes, each decision is also timed to its HTTP answer and to the Kafka timestamp of the status it
 * made (order review's outbox relay sent it).
 */
public final class StatusToMail {

    /**
     * What the phase measured.
     *
     * @param latencies decision → SENT notice
     * @param answered decision → HTTP answer
     * @param published decision → the status it made, on Kafka
     * @param refused decisions the service did not answer 200
     */
    public record Result(Latencies latencies, Latencies answered, Latencies published, int refused) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Outcomes outcomes;
    private final int orderReviewPort;

    /** Decisions to order review on {@code orderReviewPort}, outcomes read through {@code outcomes}. */
    public StatusToMail(Outcomes outcomes, int orderReviewPort) {
        this.outcomes = outcomes;
        this.orderReviewPort = orderReviewPort;
    }

    /** Decides the given demands at {@code rate} a second with {@code token}; waits at most {@code drain}. */
    public Result run(List<String> demandIds, int rate, String token, Duration drain) throws Exception {
        long[] scheduled = new long[demandIds.size()];
        long[] answeredAt = new long[demandIds.size()];
        AtomicInteger refused = new AtomicInteger();
        CompletableFuture<?>[] answers = new CompletableFuture<?>[demandIds.size()];
        FixedRate.run(demandIds.size(), rate, (i, micros) -> {
            scheduled[i] = micros;
            answers[i] = http.sendAsync(decision(demandIds.get(i), token), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(answer -> {
                        answeredAt[i] = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
                        if (answer.statusCode() != 200) {
                            refused.incrementAndGet();
                        }
                    });
        });
        CompletableFuture.allOf(answers).get(1, TimeUnit.MINUTES);
        long deadline = System.nanoTime() + drain.toNanos();
        while (!demandIds.stream().allMatch(id -> outcomes.sentAt(id) != null) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        Latencies latencies = new Latencies();
        Latencies answered = new Latencies();
        Latencies published = new Latencies();
        long now = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
        for (int i = 0; i < scheduled.length; i++) {
            String demandId = demandIds.get(i);
            record(latencies, outcomes.sentAt(demandId), scheduled[i], now);
            record(published, outcomes.decidedAt(demandId), scheduled[i], now);
            answered.record(answeredAt[i] - scheduled[i]);
        }
        return new Result(latencies, answered, published, refused.get());
    }

    private static void record(Latencies latencies, Long atMillis, long scheduledMicros, long nowMicros) {
        if (atMillis == null) {
            latencies.recordMissing(nowMicros - scheduledMicros);
        } else {
            latencies.record(TimeUnit.MILLISECONDS.toMicros(atMillis) - scheduledMicros);
        }
    }

    private HttpRequest decision(String demandId, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + orderReviewPort + "/api/v1/reviews/"
                        + demandId + "/no-secrecy-order"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"perf\"}"))
                .build();
    }
}
