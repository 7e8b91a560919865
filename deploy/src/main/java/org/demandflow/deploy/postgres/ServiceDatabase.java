package org.demandflow.deploy.postgres;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One service's database and the login that owns it. The password equals the login:
 * this is for the local stack only.
 *
 * @param name the database name, also the login and its password
 */
public record ServiceDatabase(String name) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    /** The databases of the four services. */
    public static final List<ServiceDatabase> ALL = List.of(
            new ServiceDatabase("intake"),
            new ServiceDatabase("order_review"),
            new ServiceDatabase("notification"),
            new ServiceDatabase("transparency"));

    public ServiceDatabase {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
    }

    public String login() {
        return name;
    }

    public String password() {
        return name;
    }

    /** The JDBC URL of this database on a server listening on 127.0.0.1:{@code port}. */
    public String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }
}
