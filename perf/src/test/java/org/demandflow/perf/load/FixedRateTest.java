package org.demandflow.perf.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedRateTest {

    @Test
    void each_action_gets_its_scheduled_moment_one_interval_after_the_one_before() throws Exception {
        List<Long> scheduled = new ArrayList<>();

        FixedRate.run(5, 1_000, (index, micros) -> scheduled.add(micros));

        assertThat(scheduled).hasSize(5);
        for (int i = 1; i < scheduled.size(); i++) {
            assertThat(scheduled.get(i) - scheduled.get(i - 1)).isEqualTo(1_000);
        }
    }
}
