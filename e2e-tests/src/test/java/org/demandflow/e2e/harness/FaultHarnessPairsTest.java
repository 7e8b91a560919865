package org.demandflow.e2e.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.demandflow.e2e.support.Stack;
import org.junit.jupiter.api.Test;

/**
 * The fault harness on a stack of its own with a pair of each service (issue 14's scale-out): the pair shares
 * the service's database and consumer groups, each kill hits one instance of a pair while the other goes on, and
 * the second reviewer approves on the other order-review instance than the one the proposal was made on. Not
 * one safety rule broken: in particular exactly one notice per (demand, version, recipient) with two
 * dispatchers claiming, and nothing left in an outbox whose relay moved to the other instance. The
 * {@code harness.*} properties scale it as they scale {@code FaultHarnessTest}; {@code harness.instances} is 2 here.
 */
class FaultHarnessPairsTest {

    @Test
    void killing_one_instance_of_a_pair_breaks_no_safety_rule() throws Exception {
        HarnessSettings settings = HarnessSettings.fromSystemProperties().withInstances(2);

        HarnessReport report;
        try (Stack stack = Stack.start(Files.createTempDirectory("fault-harness-pairs"), settings.instances())) {
            report = new FaultHarness(stack, settings).run();
        }

        assertThat(report.violations()).as(report.summary()).isEmpty();
        assertThat(report.instances()).isEqualTo(2);
        assertThat(report.totalKills()).isEqualTo(settings.kills() + settings.brokerRestarts());
        assertThat(report.demands() + report.rejections()).isEqualTo(settings.demands());
        assertThat(report.notices()).as("the customers were told").isPositive();
    }
}
