package org.demandflow.notification.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.demandflow.notification.agency.application.LetterDispatcher;
import org.demandflow.notification.delivery.application.NoticeDispatcher;
import org.demandflow.testsupport.database.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that play the dispatcher themselves: the {@link RunningService} on its own
 * database, whose dispatchers' threads are stopped before each test (so only the test sweeps; a test of the
 * wake-ups starts them again) and whose backstop between sweeps is a day, sending through a
 * {@link HoldingSmtpRelay} in front of the real SMTP server, so a test can hold one send mid-transaction.
 */
public abstract class DispatcherTest extends RunningService {

    @Autowired
    protected NoticeDispatcher noticeDispatcher;

    @Autowired
    protected LetterDispatcher letterDispatcher;

    protected static final HoldingSmtpRelay RELAY = new HoldingSmtpRelay(SMTP.getSmtp().getPort());

    @DynamicPropertySource
    static void ownDatabaseAndRelay(DynamicPropertyRegistry properties) {
        TestPostgres.register(properties, "notification_door");
        properties.add("spring.mail.port", RELAY::port);
        properties.add("demandflow.notification.dispatch-interval", () -> "1d");
    }

    @BeforeEach
    void noOtherServiceSweepsThisDatabase() {
        noticeDispatcher.stop();
        letterDispatcher.stop();
        assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo("notification_door");
    }
}
