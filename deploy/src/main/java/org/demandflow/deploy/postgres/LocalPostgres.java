package org.demandflow.deploy.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack's PostgreSQL 17 (zonky's embedded binaries) with a persistent data
 * directory and the services' databases. Runs until the JVM is told to stop (SIGTERM,
 * Ctrl-C); zonky's shutdown hook then stops PostgreSQL cleanly ({@code pg_ctl stop -m fast}).
 *
 * <p>Usage: {@code LocalPostgres <data-dir> [port [binaries-dir]]}, port 15432 by default,
 * binaries unpacked into {@code <data-dir>/../postgres-binaries} by default (never a shared
 * {@code /tmp} folder: a fresh data folder is a fresh machine). An unpack that an earlier
 * start left unfinished is removed and done again. With the system property
 * {@code demandflow.ready-file} it writes that file once the databases are ready (and removes
 * it on exit), for deploy/local/stack to wait on.
 */
public final class LocalPostgres {

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

    /** The port of DESIGN.md. */
    public static final int DEFAULT_PORT = 15432;

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: LocalPostgres <data-dir> [port [binaries-dir]]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = args.length >= 2 ? Integer.parseInt(args[1]) : DEFAULT_PORT;
        Path binaries = args.length == 3 ? Path.of(args[2]) : dataDir.resolveSibling("postgres-binaries");
        start(dataDir, port, binaries);
        log.info("PostgreSQL ready on 127.0.0.1:{}; databases {}", port, ServiceDatabase.ALL);
        signalReady(System.getProperty("demandflow.ready-file"));
        new CountDownLatch(1).await();
    }

    private static void signalReady(String readyFile) throws IOException {
        if (readyFile != null) {
            Path ready = Path.of(readyFile);
            Files.writeString(ready, ProcessHandle.current().pid() + System.lineSeparator());
            ready.toFile().deleteOnExit();
        }
    }

    /**
     * Starts PostgreSQL on 127.0.0.1:{@code port} keeping its data in {@code dataDir}
     * (created on the first start, reused afterwards), its binaries unpacked in
     * {@code binariesDir}, and ensures the services' databases. The caller closes it; a JVM
     * shutdown closes it too.
     */
    public static EmbeddedPostgres start(Path dataDir, int port, Path binariesDir) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        PostgresBinaries binaries = new PostgresBinaries(binariesDir);
        binaries.discardUnfinished();
        try {
            return startOn(dataDir, port, binaries);
        } catch (IOException | RuntimeException | Error e) {
            // An unpack cut short (heap, disk) must not poison the next start.
            try {
                binaries.discardUnfinished();
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static EmbeddedPostgres startOn(Path dataDir, int port, PostgresBinaries binaries)
            throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.folder().toFile())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // zonky's test defaults trade durability for speed; the stack keeps data, so undo that
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // A catch-up writes ~1 GB of WAL in two minutes: with the default 1 GB between checkpoints each
                // one forces a checkpoint, and every page first written after it goes whole into the WAL again.
                // Fewer, wider apart checkpoints (longer crash recovery, the same durability).
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .start();
        new ServiceDatabases(postgres.getPostgresDatabase()).ensureAll();
        return postgres;
    }
}
