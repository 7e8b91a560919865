package org.demandflow.support.outbox;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the publications an earlier version left unsent in Spring Modulith's {@code event_publication} (the outbox
 * before this one) into {@code outbox_record}, so an upgrade loses none: each is read back as its event with
 * Modulith's serializer, written through the {@link OutboxWriter} and deleted, in one transaction; rows locked by
 * another instance doing the same are skipped.
 */
final class LegacyPublications {

    private static final Logger log = LoggerFactory.getLogger(LegacyPublications.class);
    private static final String PENDING = """
            SELECT id, event_type, serialized_event FROM event_publication
            WHERE completion_date IS NULL ORDER BY publication_date FOR UPDATE SKIP LOCKED""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventSerializer serializer;
    private final OutboxWriter writer;

    LegacyPublications(JdbcTemplate jdbc, TransactionTemplate transaction, EventSerializer serializer,
                       OutboxWriter writer) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.serializer = serializer;
        this.writer = writer;
    }

    /** Moves every unsent publication; answers how many. */
    int moveToOutbox() {
        Integer moved = transaction.execute(status -> {
            if (!exists()) {
                return 0;
            }
            List<Pending> pending = jdbc.query(PENDING, (row, n) -> new Pending(row.getObject("id", UUID.class),
                    row.getString("event_type"), row.getString("serialized_event")));
            for (Pending publication : pending) {
                Object event = serializer.deserialize(publication.serialized(), publication.type());
                if (!writer.writeIfRouted(event)) {
                    log.warn("Publication {} of {} has no route any more; dropped", publication.id(),
                            publication.eventType());
                }
            }
            jdbc.batchUpdate("DELETE FROM event_publication WHERE id = ?",
                    pending.stream().map(publication -> new Object[] {publication.id()}).toList());
            return pending.size();
        });
        if (moved != null && moved > 0) {
            log.info("Moved {} unsent publication(s) of the previous outbox into outbox_record", moved);
        }
        return moved == null ? 0 : moved;
    }

    private boolean exists() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass('event_publication') IS NOT NULL",
                Boolean.class));
    }

    private record Pending(UUID id, String eventType, String serialized) {

        Class<?> type() {
            try {
                return Class.forName(eventType, false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("an unsent publication of an unknown event type: " + eventType, e);
            }
        }
    }
}
