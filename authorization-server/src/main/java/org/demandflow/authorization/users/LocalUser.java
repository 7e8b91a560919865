package org.demandflow.authorization.users;

import java.util.List;
import java.util.Objects;

/**
 * A person (or test identity) who signs in at this server.
 *
 * @param name the user name, the {@code sub} of the user's tokens
 * @param password the stored password, with its encoding prefix ({@code {bcrypt}…}, {@code {noop}…})
 * @param roles the Demandflow roles the user holds (e.g. {@code REVIEWER}), at least one
 */
public record LocalUser(String name, String password, List<String> roles) {

    public LocalUser {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a local user needs a name");
        }
        Objects.requireNonNull(password, () -> "local user " + name + " needs a password");
        roles = List.copyOf(Objects.requireNonNullElse(roles, List.of()));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("local user " + name + " holds no role");
        }
    }
}
