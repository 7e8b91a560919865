package org.demandflow.authorization.client;

import java.time.Instant;
import java.util.Objects;

/**
 * An access token as the token endpoint answered it.
 *
 * @param value the JWT, for an {@code Authorization: Bearer} header
 * @param expiresAt when the token stops being valid (from {@code expires_in})
 */
public record AccessToken(String value, Instant expiresAt) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether the token is still valid for at least {@code marginSeconds} after {@code now}. */
    public boolean validAt(Instant now, long marginSeconds) {
        return now.plusSeconds(marginSeconds).isBefore(expiresAt);
    }
}
