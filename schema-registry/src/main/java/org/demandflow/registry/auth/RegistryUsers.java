package org.demandflow.registry.auth;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The registry's users and which of them may write: a properties file of {@code name=password} lines
 * (the local stack writes one under {@code .data/credentials/}) and a list of writer names. Passwords are
 * compared in constant time; the file is read once, at start.
 */
public final class RegistryUsers {

    private final Map<String, byte[]> passwords;
    private final Set<String> writers;

    RegistryUsers(Map<String, String> passwords, Set<String> writers) {
        this.passwords = new TreeMap<>();
        passwords.forEach((user, password) -> this.passwords.put(user, password.getBytes(StandardCharsets.UTF_8)));
        this.writers = Set.copyOf(writers);
        if (!this.passwords.keySet().containsAll(this.writers)) {
            throw new IllegalArgumentException("a writer without a password: " + writers + " vs " + passwords.keySet());
        }
    }

    /** The users of {@code file}; {@code writers} must be among them. */
    public static RegistryUsers load(Path file, Set<String> writers) {
        Properties lines = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry's users from " + file, e);
        }
        Map<String, String> passwords = new TreeMap<>();
        lines.stringPropertyNames().forEach(user -> passwords.put(user, lines.getProperty(user)));
        return new RegistryUsers(passwords, writers);
    }

    /** The user an {@code Authorization: Basic …} header names, if its password is right. */
    public Optional<String> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        byte[] expected = passwords.get(user);
        byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        return expected != null && MessageDigest.isEqual(expected, given) ? Optional.of(user) : Optional.empty();
    }

    /** Whether {@code user} may register, delete and change levels. */
    public boolean mayWrite(String user) {
        return writers.contains(user);
    }
}
