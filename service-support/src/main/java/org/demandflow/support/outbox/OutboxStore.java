package org.demandflow.support.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code outbox_record} table: rows added in the business transaction, read and deleted by the relay. */
final class OutboxStore {

    private static final String INSERT = """
            INSERT INTO outbox_record (topic, record_key, record_value, header_names, header_values)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String OLDEST = """
            SELECT id, topic, record_key, record_value, header_names, header_values
            FROM outbox_record ORDER BY id LIMIT ?""";

    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the records in their order, in the caller's transaction (one batched statement). */
    void add(List<OutboxRecord> records) {
        jdbc.batchUpdate(INSERT, records, records.size(), (statement, record) -> {
            statement.setString(1, record.topic());
            statement.setBytes(2, record.key());
            statement.setBytes(3, record.value());
            Header[] headers = record.headers().toArray();
            Connection connection = statement.getConnection();
            statement.setArray(4, connection.createArrayOf("text",
                    Arrays.stream(headers).map(Header::key).toArray(String[]::new)));
            statement.setArray(5, connection.createArrayOf("bytea",
                    Arrays.stream(headers).map(Header::value).toArray(byte[][]::new)));
        });
    }

    /** How many records wait to be sent (the backlog gauge). */
    long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM outbox_record", Long.class);
        return count == null ? 0 : count;
    }

    /** The oldest records, at most {@code limit}, in id order, on the relay's own connection. */
    static List<OutboxRecord> oldest(Connection connection, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(OLDEST)) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                List<OutboxRecord> records = new ArrayList<>();
                while (rows.next()) {
                    records.add(new OutboxRecord(rows.getLong("id"), rows.getString("topic"), rows.getBytes("record_key"),
                            rows.getBytes("record_value"), headers(rows.getArray("header_names"),
                            rows.getArray("header_values"))));
                }
                return records;
            }
        }
    }

    /** Deletes the records with these ids (one statement). */
    static void delete(Connection connection, List<OutboxRecord> records) throws SQLException {
        Long[] ids = records.stream().map(OutboxRecord::id).toArray(Long[]::new);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_record WHERE id = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", ids));
            delete.executeUpdate();
        }
    }

    private static Headers headers(Array names, Array values) throws SQLException {
        String[] keys = (String[]) names.getArray();
        byte[][] bytes = (byte[][]) values.getArray();
        RecordHeaders headers = new RecordHeaders();
        for (int i = 0; i < keys.length; i++) {
            headers.add(keys[i], bytes[i]);
        }
        return headers;
    }
}
