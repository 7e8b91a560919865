package org.demandflow.notification.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.demandflow.testsupport.database.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that play the dispatcher themselves: the {@link RunningService} on its own
 * database, whose scheduled sweeps are a day apart (so only the test sweeps), sending through a
 * {@link HoldingSmtpRelay} in front of the real SMTP server, so a test can hold one send mid-transaction.
 */
public abstract class DispatcherTest extends RunningService {

    protected static final HoldingSmtpRelay RELAY = new HoldingSmtpRelay(SMTP.getSmtp().getPort());

    @DynamicPropertySource
    static void ownDatabaseAndRelay(DynamicPropertyRegistry properties) {
        TestPostgres.register(properties, "notification_door");
        properties.add("spring.mail.port", RELAY::port);
        properties.add("demandflow.notification.dispatch-interval", () -> "1d");
    }

    @BeforeEach
    void noOtherServiceSweepsThisDatabase() {
        assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo("notification_door");
    }
}
