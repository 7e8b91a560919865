package org.demandflow.review.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL per test JVM (zonky), started on first use; zonky's own shutdown hook stops it with
 * the JVM (the tests keep Hikari's connection timeout short, since the two hooks race).
 */
public final class TestDatabase {

    private static final EmbeddedPostgres POSTGRES = start();

    private TestDatabase() {
    }

    public static String jdbcUrl() {
        return POSTGRES.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
