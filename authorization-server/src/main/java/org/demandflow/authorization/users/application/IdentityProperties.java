package org.demandflow.authorization.users.application;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.demandflow.authorization.users.LocalUser;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who signs in here and what their tokens say ({@code demandflow.identity}).
 *
 * @param audience the audience ({@code aud}) of every access token unless its client names another
 * @param users the local users by name: password (with its encoding prefix) and roles
 * @param clientRoles the roles a client holds itself, for tokens it gets with client credentials
 * @param clientAudiences a client whose tokens are meant for another API, and that API's audience
 */
@ConfigurationProperties("demandflow.identity")
public record IdentityProperties(@DefaultValue("demandflow") String audience, Map<String, Credentials> users,
        Map<String, List<String>> clientRoles, Map<String, String> clientAudiences) {

    public IdentityProperties {
        users = Map.copyOf(Objects.requireNonNullElse(users, Map.of()));
        clientRoles = Map.copyOf(Objects.requireNonNullElse(clientRoles, Map.of()));
        clientAudiences = Map.copyOf(Objects.requireNonNullElse(clientAudiences, Map.of()));
    }

    /** The local users. */
    public List<LocalUser> localUsers() {
        return users.entrySet().stream()
                .map(user -> new LocalUser(user.getKey(), user.getValue().password(), user.getValue().roles()))
                .toList();
    }

    /** The audience of a client's access tokens. */
    public String audienceOf(String clientId) {
        return clientAudiences.getOrDefault(clientId, audience);
    }

    /**
     * A local user's secrets and roles.
     *
     * @param password the stored password with its encoding prefix
     * @param roles the Demandflow roles
     */
    public record Credentials(String password, List<String> roles) {
    }
}
