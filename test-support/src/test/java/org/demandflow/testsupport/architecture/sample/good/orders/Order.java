package org.demandflow.testsupport.architecture.sample.good.orders;

import org.demandflow.testsupport.time.TestClock;

/** A domain type: plain Java (and the shared kernel). */
public record Order(String id) {

    /** Uses a plain Java type only; TestClock stands in for any non-framework class. */
    static Class<?> clockType() {
        return TestClock.class;
    }
}
