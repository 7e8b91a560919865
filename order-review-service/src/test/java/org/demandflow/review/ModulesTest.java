package org.demandflow.review;

import org.demandflow.testsupport.architecture.Modules;
import org.junit.jupiter.api.Test;

/** The capabilities are Spring Modulith modules without cycles; their documentation is written into target. */
class ModulesTest {

    @Test
    void the_capabilities_form_modules_without_cycles_that_reach_each_other_only_through_their_domain() {
        Modules.verify(OrderReviewApplication.class);
    }
}
