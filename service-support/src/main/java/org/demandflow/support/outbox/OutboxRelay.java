package org.demandflow.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InterruptException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends the outbox to Kafka: one thread, and one active relay per service across all its instances (a session
 * advisory lock on the service's database, held by the connection the relay works on and released when it stops;
 * another instance takes over then, or when that connection ends). Each pass reads the oldest records in id order,
 * sends them all without waiting for each (the idempotent producer keeps their order per partition, so the versions
 * of a demand leave in order; a send that fails at once, such as one that found no broker within
 * {@code max.block.ms}, ends the sending), flushes them together (no {@code linger.ms} between a commit and the
 * broker, and a pass of a few records goes in one produce request), awaits the acknowledgements, and deletes what
 * was acknowledged with one statement: the acknowledged records before the first failure, so a record never leaves
 * after a later one of the outbox. A failed record and those after it stay and are sent again (at least once;
 * consumers are idempotent). The relay sleeps until a commit adds records (the {@code outbox_record} trigger's
 * NOTIFY on the schema's channel) or, as a backstop, for the poll interval.
 */
public final class OutboxRelay implements SmartLifecycle, Runnable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long WAKE_CHECK_MILLIS = 500;

    private final DataSource dataSource;
    private final Supplier<Producer<byte[], byte[]>> producers;
    private final OutboxProperties properties;
    private final OutboxMeters meters;
    private final Runnable onActive;
    private volatile boolean running;
    private volatile Thread thread;
    private Producer<byte[], byte[]> producer;

    /**
     * @param onActive what an instance does first when it becomes the active relay (e.g. move legacy publications)
     */
    OutboxRelay(DataSource dataSource, Supplier<Producer<byte[], byte[]>> producers, OutboxProperties properties,
                MeterRegistry registry, Runnable onActive) {
        this.onActive = onActive;
        this.dataSource = dataSource;
        this.producers = producers;
        this.properties = properties;
        this.meters = new OutboxMeters(registry);
    }

    @Override
    public void start() {
        running = true;
        Thread relay = new Thread(this, "outbox-relay");
        relay.setDaemon(true);
        thread = relay;
        relay.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread relay = thread;
        if (relay != null) {
            relay.interrupt();
            try {
                relay.join(properties.pollInterval().plusSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the listeners (which stop at the default phase) and before the data source and the producer. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    @Override
    public void run() {
        try {
            relayWhileRunning();
        } finally {
            closeProducer();
        }
    }

    private void relayWhileRunning() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                String schema = schemaOfOutbox(connection);
                if (lock(connection, schema)) {
                    try {
                        log.info("Outbox relay active on this instance (schema {})", schema);
                        onActive.run();
                        relay(connection, schema);
                    } finally {
                        release(connection);
                    }
                } else {
                    pause(retryInterval());
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Outbox relay lost its database connection ({}); trying again in {}",
                            e.getClass().getSimpleName(), retryInterval());
                    pause(retryInterval());
                }
            } catch (RuntimeException e) {
                if (running) {
                    // a defect, not an outage: its frames help and carry no record's value
                    log.error("Outbox relay failed; trying again in {}", retryInterval(), e);
                    pause(retryInterval());
                }
            }
        }
    }

    private void relay(Connection connection, String schema) throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN \"" + channel(schema) + '"');
        }
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (running) {
            List<OutboxRecord> batch = OutboxStore.oldest(connection, properties.batchSize());
            int delivered = batch.isEmpty() ? 0 : send(batch);
            if (delivered > 0) {
                OutboxStore.delete(connection, batch.subList(0, delivered));
                meters.sent(batch.subList(0, delivered));
            }
            if (delivered < batch.size()) {
                pause(retryInterval());
            } else if (batch.size() < properties.batchSize()) {
                awaitCommit(notifications);
            }
        }
    }

    /** Waits for a commit's notification, the poll interval at most, looking at {@link #running} twice a second. */
    private void awaitCommit(PGConnection notifications) throws SQLException {
        long deadline = System.nanoTime() + properties.pollInterval().toNanos();
        while (running) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return;
            }
            PGNotification[] received = notifications.getNotifications((int) Math.min(WAKE_CHECK_MILLIS, left));
            if (received != null && received.length > 0) {
                return;
            }
        }
    }

    /** Sends the batch and answers how many records from its start were acknowledged. */
    private int send(List<OutboxRecord> batch) {
        Producer<byte[], byte[]> sender = producer();
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
        int delivered = 0;
        try {
            for (OutboxRecord record : batch) {
                Future<RecordMetadata> acknowledgement = sender.send(record.toProducerRecord());
                acknowledgements.add(acknowledgement);
                if (failedAtOnce(acknowledgement)) {
                    // e.g. no metadata within max.block.ms (the broker down): the next would wait as long again
                    break;
                }
            }
            // A pass is its own batch: all it sent leaves now, one request per broker. The producer's linger.ms (5 ms
            // since Kafka 4.0) would only hold the last batch of every pass, and so every hop of a demand.
            sender.flush();
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get();
                delivered++;
            }
            return delivered;
        } catch (InterruptException | InterruptedException e) {
            // the relay is stopping (stop() interrupts it) while a send, flush() or get() waits: no failure to report
            Thread.currentThread().interrupt();
            closeProducer();
            return delivered;
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            log.warn("Outbox relay: {} of {} records sent, the next failed ({}); sending it again in {}", delivered,
                    batch.size(), cause.getClass().getSimpleName(), retryInterval());
            meters.failed();
            closeProducer();
            return delivered;
        }
    }

    /**
     * Whether a send failed before reaching a broker: its future is done as {@code send} returns (a broker's
     * acknowledgement comes later, on the producer's I/O thread, unless {@code send} itself was held up).
     */
    private static boolean failedAtOnce(Future<RecordMetadata> acknowledgement) throws InterruptedException {
        if (!acknowledgement.isDone()) {
            return false;
        }
        try {
            acknowledgement.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /** How soon a failed send is tried again and an idle instance tries to become the relay: at most 5 s. */
    private Duration retryInterval() {
        Duration most = Duration.ofSeconds(5);
        return properties.pollInterval().compareTo(most) < 0 ? properties.pollInterval() : most;
    }

    private Producer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    /**
     * Closes the producer, letting it finish what it has in hand for up to 5 s even when the relay is stopping: an
     * interrupted close throws from the producer's join of its I/O thread, which ended the relay's thread with an
     * uncaught exception. The interrupt is restored afterwards.
     */
    private void closeProducer() {
        Producer<byte[], byte[]> current = producer;
        producer = null;
        if (current != null) {
            boolean interrupted = Thread.interrupted();
            try {
                current.close(Duration.ofSeconds(5));
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static String schemaOfOutbox(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("""
                SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.oid = to_regclass('outbox_record')""")) {
            if (!row.next()) {
                throw new IllegalStateException("no outbox_record table on the search path");
            }
            return row.getString(1);
        }
    }

    private static boolean lock(Connection connection, String schema) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, channel(schema));
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /**
     * Gives up the lock and the LISTEN before the connection goes back to its pool: a pooled connection keeps its
     * session, so without this a stopped relay (an instance shutting down slowly, or a test context paused) would
     * keep every other instance from relaying. A broken connection has lost both with its session already.
     */
    private static void release(Connection connection) {
        try (Statement release = connection.createStatement()) {
            release.execute("UNLISTEN *; SELECT pg_advisory_unlock_all()");
        } catch (SQLException e) {
            log.debug("Outbox relay could not release its lock on a connection that failed ({})",
                    e.getClass().getSimpleName());
        }
    }

    /** The channel the {@code outbox_record} trigger notifies, one per schema (services may share a database). */
    static String channel(String schema) {
        return "demandflow_outbox_" + schema;
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
