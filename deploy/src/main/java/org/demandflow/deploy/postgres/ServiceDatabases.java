package org.demandflow.deploy.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates each service's login and database if missing, so running it again changes nothing.
 * A database is owned by its service's login and closed to everyone else.
 */
public final class ServiceDatabases {

    private static final Logger log = LoggerFactory.getLogger(ServiceDatabases.class);

    private final DataSource superuser;

    /** @param superuser a data source logged in as a superuser, e.g. zonky's {@code getPostgresDatabase()} */
    public ServiceDatabases(DataSource superuser) {
        this.superuser = superuser;
    }

    /** Ensures every database of {@link ServiceDatabase#ALL}. */
    public void ensureAll() throws SQLException {
        for (ServiceDatabase database : ServiceDatabase.ALL) {
            ensure(database);
        }
    }

    /** Ensures the login and the database; both names were checked to be plain identifiers. */
    public void ensure(ServiceDatabase database) throws SQLException {
        try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", database.login())) {
                sql.execute("CREATE ROLE " + database.login() + " LOGIN PASSWORD '" + database.password() + "'");
                log.info("created login {}", database.login());
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database.name())) {
                sql.execute("CREATE DATABASE " + database.name() + " OWNER " + database.login());
                sql.execute("REVOKE ALL ON DATABASE " + database.name() + " FROM PUBLIC");
                log.info("created database {} owned by {}", database.name(), database.login());
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
