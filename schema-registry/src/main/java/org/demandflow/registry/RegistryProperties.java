package org.demandflow.registry;

import java.nio.file.Path;
import java.util.List;
import org.demandflow.registry.auth.ReadAccess;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registry's settings.
 *
 * @param dataDir {@code registry.data-dir}: where its log is kept
 * @param auth    {@code registry.auth.*}: who may write and read
 */
@ConfigurationProperties("registry")
public record RegistryProperties(@DefaultValue(".data/schema-registry") Path dataDir, @DefaultValue Auth auth) {

    /**
     * HTTP Basic authentication, on when a users file is given.
     *
     * @param usersFile {@code registry.auth.users-file}: {@code name=password} lines; none: no authentication
     *                  (anyone may write: for tests only)
     * @param writers   {@code registry.auth.writers}: the users who may register, delete and change levels
     * @param reads     {@code registry.auth.reads}: {@code open} (default) or {@code authenticated}
     */
    public record Auth(Path usersFile, @DefaultValue List<String> writers, @DefaultValue("open") ReadAccess reads) {
    }
}
