package org.demandflow.support.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Reads Ed25519 keys from configuration. A setting is either the key itself (Base64 of its DER form) or the
 * location of a file that holds it ({@code file:/path} or {@code classpath:path}), in PEM (what
 * {@code openssl genpkey -algorithm ed25519} and the local stack write) or bare Base64. Private keys are
 * PKCS#8, public keys X.509 ({@code SubjectPublicKeyInfo}). A setting that is no such key fails with a message
 * that names the setting, never the key.
 */
public final class SigningKeys {

    private SigningKeys() {
    }

    /** The PKCS#8 private key a setting names. */
    public static PrivateKey privateKey(String setting, String name) {
        try {
            return factory().generatePrivate(new PKCS8EncodedKeySpec(der(setting, name)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(name + " is not an Ed25519 PKCS#8 private key", e);
        }
    }

    /** The X.509 public key a setting names. */
    public static PublicKey publicKey(String setting, String name) {
        try {
            return factory().generatePublic(new X509EncodedKeySpec(der(setting, name)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(name + " is not an Ed25519 X.509 public key", e);
        }
    }

    private static byte[] der(String setting, String name) {
        if (setting == null || setting.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        String text = setting.startsWith("file:") || setting.startsWith("classpath:") ? read(setting, name) : setting;
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is neither Base64 nor PEM", e);
        }
    }

    private static String read(String location, String name) {
        Resource resource = new DefaultResourceLoader().getResource(location);
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " names a file that cannot be read: " + location, e);
        }
    }

    private static KeyFactory factory() throws GeneralSecurityException {
        return KeyFactory.getInstance(SignedRecord.ALGORITHM);
    }
}
