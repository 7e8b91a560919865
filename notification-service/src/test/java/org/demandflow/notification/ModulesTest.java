package org.demandflow.notification;

import org.demandflow.testsupport.architecture.Modules;
import org.junit.jupiter.api.Test;

/** The capabilities are Spring Modulith modules: no cycles, no access past another module's API. */
class ModulesTest {

    @Test
    void the_capabilities_depend_on_each_other_only_through_their_apis_and_are_documented_in_target() {
        Modules.verify(NotificationApplication.class);
    }
}
