package org.demandflow.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.ResubmissionOptions;

class OutboxResubmissionTest {

    @Test
    void a_run_never_asks_for_fewer_than_one_publication_however_many_are_in_flight() {
        ResubmissionOptions options = OutboxResubmission.options(Duration.ofSeconds(30));

        // A run goes ahead only while fewer than maxInFlight are in flight, and then reads batch - inFlight.
        int mostInFlightOfARun = options.getMaxInFlight() - 1;
        assertThat(options.getBatchSize() - mostInFlightOfARun).isPositive();
        assertThat(options.getMinAge()).isEqualTo(Duration.ofSeconds(30));
    }
}
