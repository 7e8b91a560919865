package org.demandflow.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import org.demandflow.registry.EmbeddedSchemaRegistry;

/**
 * One embedded PostgreSQL (zonky), one GreenMail SMTP server and one schema registry per test JVM, started on first
 * use; zonky stops PostgreSQL at JVM exit. The SMTP port is fixed for the JVM, so a test may stop and
 * restart the server to play an SMTP outage.
 */
public final class TestInfrastructure {

    private static EmbeddedPostgres postgres;
    private static GreenMail smtp;
    private static EmbeddedSchemaRegistry registry;

    private TestInfrastructure() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    public static synchronized GreenMail smtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        }
        return smtp;
    }

    public static synchronized EmbeddedSchemaRegistry registry() {
        if (registry == null) {
            try {
                registry = EmbeddedSchemaRegistry.start(Files.createTempDirectory("notification-registry"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(registry::close));
        }
        return registry;
    }

    public static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
