package org.demandflow.notification;

import org.demandflow.testsupport.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The template's rules (docs/TEMPLATE.md), shared by every service. */
class ArchitectureTest {

    @Test
    void the_service_follows_the_template() {
        ArchitectureRules.of(NotificationApplication.class).check();
    }
}
