package org.demandflow.deploy.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * Generates the Ed25519 key pair order-review signs {@code SecrecyStatusChanged} with, once: in a directory,
 * {@value #PRIVATE_KEY} (PKCS#8 PEM, readable by the owner only), {@value #PUBLIC_KEY} (X.509 PEM) and
 * {@value #KEY_ID} (the key's id, {@code local-<date>}); an existing pair is kept. Prints the key id. Uses the
 * JDK alone (no openssl needed), so it also runs with Java's single-file source launcher:
 * {@code java StatusSigningKeys.java DIR}.
 */
public final class StatusSigningKeys {

    /** The private key's file: what order-review's {@code private-key} names. */
    public static final String PRIVATE_KEY = "status-signing.key";
    /** The public key's file: what notification's {@code public-keys.<id>} names. */
    public static final String PUBLIC_KEY = "status-signing.pub";
    /** The file holding the key id. */
    public static final String KEY_ID = "status-signing.id";

    private StatusSigningKeys() {
    }

    /** {@code StatusSigningKeys DIR}: makes the pair in DIR unless it is there; prints the key id. */
    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length != 1) {
            System.err.println("usage: StatusSigningKeys DIR");
            System.exit(2);
        }
        System.out.println(ensure(Path.of(args[0])));
    }

    /** The key id of the pair in {@code dir}, generated first if there is none. */
    public static String ensure(Path dir) throws IOException, GeneralSecurityException {
        Path id = dir.resolve(KEY_ID);
        if (Files.exists(id) && Files.exists(dir.resolve(PRIVATE_KEY)) && Files.exists(dir.resolve(PUBLIC_KEY))) {
            return Files.readString(id).trim();
        }
        Files.createDirectories(dir);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path privateKey = dir.resolve(PRIVATE_KEY);
        Files.deleteIfExists(privateKey);
        Files.createFile(privateKey);
        restrict(privateKey);
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(dir.resolve(PUBLIC_KEY), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        String keyId = "local-" + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "");
        Files.writeString(id, keyId + "\n");
        return keyId;
    }

    /** A key in PEM: its DER form in Base64 lines of 64 between the type's BEGIN and END lines. */
    public static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }
}
