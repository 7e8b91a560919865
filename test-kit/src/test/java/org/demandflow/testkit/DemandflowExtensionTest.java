package org.demandflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kit's Demandflow (embedded broker) takes a submission and answers it, as a ticketing system sees it. */
@DemandflowTest
class DemandflowExtensionTest {

    @Test
    void a_submission_published_with_the_kits_settings_comes_back_as_a_demand(Demandflow demandflow)
            throws Exception {
        DemandRoundTrip.assertAccepted(demandflow);
    }

    @Test
    void every_test_of_the_run_gets_the_same_demandflow(Demandflow demandflow, Demandflow again) {
        assertThat(again).isSameAs(demandflow);
        assertThat(demandflow.ticketing().registryUserInfo()).startsWith("ticketing:");
    }
}
