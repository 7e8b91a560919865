package org.demandflow.authorization.tokens.application;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The key that signs tokens: from the configured keystore, or generated at start (see {@link SigningKeyProperties}). */
@Configuration(proxyBeanMethods = false)
class SigningKeys {

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeyProperties properties) throws GeneralSecurityException, IOException {
        RSAKey key = properties.keystore() == null ? generated() : fromKeystore(properties);
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    private static RSAKey generated() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
    }

    private static RSAKey fromKeystore(SigningKeyProperties properties) throws GeneralSecurityException, IOException {
        char[] password = properties.password().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = properties.keystore().getInputStream()) {
            store.load(in, password);
        }
        PrivateKey key = (PrivateKey) store.getKey(properties.alias(), password);
        if (key == null) {
            throw new IllegalStateException("the signing keystore holds no key named " + properties.alias());
        }
        RSAPublicKey publicKey = (RSAPublicKey) store.getCertificate(properties.alias()).getPublicKey();
        return new RSAKey.Builder(publicKey).privateKey((RSAPrivateKey) key).keyID(properties.alias()).build();
    }
}
