package org.demandflow.notification.support;

import org.demandflow.testsupport.database.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the {@link RunningService} on database {@code notification}, sending to
 * the SMTP server directly, one Spring context shared by every subclass.
 */
public abstract class ServiceTest extends RunningService {

    @DynamicPropertySource
    static void databaseAndSmtp(DynamicPropertyRegistry properties) {
        TestPostgres.register(properties, "notification");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }
}
