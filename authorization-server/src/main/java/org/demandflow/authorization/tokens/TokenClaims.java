package org.demandflow.authorization.tokens;

import java.util.Collection;
import java.util.List;

/** The claims Demandflow adds to an access token, and how a caller's roles become the {@code roles} claim. */
public final class TokenClaims {

    /** The claim that lists the caller's Demandflow roles. */
    public static final String ROLES = "roles";

    private static final String ROLE_PREFIX = "ROLE_";

    private TokenClaims() {
    }

    /** The roles among a caller's authorities ({@code ROLE_REVIEWER} → {@code REVIEWER}), sorted. */
    public static List<String> rolesOf(Collection<String> authorities) {
        return authorities.stream().filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length())).sorted().toList();
    }
}
