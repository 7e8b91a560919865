package org.demandflow.support.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    final KeyPair pair = RecordVerifierTest.generate();

    @Test
    void a_key_is_read_from_base64_of_its_der_form() {
        String privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());

        assertThat(SigningKeys.privateKey(privateKey, "private-key")).isEqualTo(pair.getPrivate());
        assertThat(SigningKeys.publicKey(publicKey, "public-key")).isEqualTo(pair.getPublic());
    }

    @Test
    void a_key_is_read_from_a_pem_file(@TempDir Path dir) throws IOException {
        Path privateKey = Files.writeString(dir.resolve("status.key"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicKey = Files.writeString(dir.resolve("status.pub"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));

        assertThat(SigningKeys.privateKey("file:" + privateKey, "private-key")).isEqualTo(pair.getPrivate());
        assertThat(SigningKeys.publicKey("file:" + publicKey, "public-key")).isEqualTo(pair.getPublic());
    }

    @Test
    void a_public_key_given_as_the_private_key_is_refused_naming_the_setting_and_not_the_key() {
        String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());

        assertThatThrownBy(() -> SigningKeys.privateKey(publicKey, "demandflow.x.private-key"))
                .hasMessageContaining("demandflow.x.private-key").hasMessageNotContaining(publicKey);
    }

    @Test
    void a_missing_file_or_an_empty_setting_is_refused() {
        assertThatThrownBy(() -> SigningKeys.publicKey("file:/nonexistent/status.pub", "public-key"))
                .hasMessageContaining("public-key");
        assertThatThrownBy(() -> SigningKeys.publicKey(" ", "public-key")).hasMessageContaining("not set");
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
