package org.demandflow.notification.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the system's UTC time moved forward by whatever a test advanced it,
 * so a lease or a back-off runs out when the test says, not after a wait on the wall clock.
 */
public final class TestClock extends Clock {

    private volatile Duration advanced = Duration.ZERO;

    /** Moves the service's time forward. */
    public void advance(Duration duration) {
        advanced = advanced.plus(duration);
    }

    /** Back to the system's time. */
    public void reset() {
        advanced = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(advanced);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock is UTC");
    }
}
