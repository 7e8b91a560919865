package org.demandflow.support.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * Lets databases migrated before the outbox migration was shared keep their history: the shared
 * {@code db/outbox/V2__event_publication.sql} has intake's old bytes, and order-review's old
 * {@code V2__event_publication.sql} created the same table with one comment worded otherwise.
 * Before Flyway validates, this records the shared script's checksum on exactly that row: version
 * 2, script {@code V2__event_publication.sql}, order-review's old checksum. Any other difference
 * still fails validation, as it should.
 */
public final class LegacyOutboxHistory implements Callback {

    /** The script name of the shared outbox migration (and of the legacy ones it replaces). */
    public static final String SCRIPT = "V2__event_publication.sql";

    /** Flyway's checksum of the shared script (the same as intake's legacy one). */
    static final int SHARED_CHECKSUM = 1403798495;

    /** Flyway's checksum of order-review's legacy script. */
    static final int LEGACY_REVIEW_CHECKSUM = -1527088425;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Configuration configuration = context.getConfiguration();
        try {
            Connection connection = context.getConnection();
            String schema = historySchema(configuration, connection);
            if (historyExists(connection, schema, configuration.getTable())) {
                realign(connection, schema, configuration.getTable());
            }
        } catch (SQLException e) {
            throw new FlywayException("cannot realign the legacy outbox migration's checksum", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "demandflow-legacy-outbox-history";
    }

    private static String historySchema(Configuration configuration, Connection connection) throws SQLException {
        if (configuration.getDefaultSchema() != null) {
            return configuration.getDefaultSchema();
        }
        return configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : connection.getSchema();
    }

    private static boolean historyExists(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void realign(Connection connection, String schema, String table) throws SQLException {
        String history = '"' + schema.replace("\"", "\"\"") + "\".\"" + table.replace("\"", "\"\"") + '"';
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + history
                + " SET checksum = ? WHERE version = '2' AND script = ? AND checksum = ?")) {
            update.setInt(1, SHARED_CHECKSUM);
            update.setString(2, SCRIPT);
            update.setInt(3, LEGACY_REVIEW_CHECKSUM);
            update.executeUpdate();
        }
    }
}
