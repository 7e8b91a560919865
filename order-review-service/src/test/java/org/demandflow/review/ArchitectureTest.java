package org.demandflow.review;

import org.demandflow.testsupport.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The service keeps to the template's rules (docs/TEMPLATE.md), checked by the rule set every service shares. */
class ArchitectureTest {

    @Test
    void the_capabilities_keep_a_framework_free_domain_avro_in_messaging_and_their_adapters_to_themselves() {
        ArchitectureRules.of(OrderReviewApplication.class).check();
    }
}
