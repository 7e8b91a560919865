package org.demandflow.e2e.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.demandflow.e2e.support.Stack;
import org.junit.jupiter.api.Test;

/**
 * The fault harness at a small N in CI: demands of every scenario while each service is killed once
 * and the broker is restarted, and not one safety rule broken. {@code -Dharness.demands=…} and the
 * other {@code harness.*} properties scale it up (see the module's README). It runs on the tests' shared stack,
 * one instance of each service; {@code FaultHarnessPairsTest} runs it on a pair of each.
 */
class FaultHarnessTest {

    @Test
    void kills_and_broker_restarts_break_no_safety_rule() throws Exception {
        HarnessSettings settings = HarnessSettings.fromSystemProperties().withInstances(1);

        HarnessReport report = new FaultHarness(Stack.shared(), settings).run();

        assertThat(report.violations()).as(report.summary()).isEmpty();
        assertThat(report.totalKills()).isEqualTo(settings.kills() + settings.brokerRestarts());
        assertThat(report.demands() + report.rejections()).isEqualTo(settings.demands());
        assertThat(report.notices()).as("the customers were told").isPositive();
    }
}
