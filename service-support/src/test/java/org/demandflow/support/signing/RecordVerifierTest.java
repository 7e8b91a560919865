package org.demandflow.support.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class RecordVerifierTest {

    static final byte[] KEY = "8f7c3b1e-0000-4000-8000-000000000001".getBytes(StandardCharsets.UTF_8);
    static final byte[] VALUE = {0, 0, 0, 0, 7, 72, 56, 102, 55, 99, 2, 14, 82, 69, 86};

    final KeyPair current = generate();
    final KeyPair next = generate();
    final RecordSigner signer = new RecordSigner("status-2026-1", current.getPrivate());
    final RecordVerifier verifier = new RecordVerifier(Map.of("status-2026-1", current.getPublic()));

    @Test
    void a_record_signed_with_a_trusted_key_is_valid() {
        assertThat(verifier.verify(KEY, VALUE, signed(KEY, VALUE))).isEqualTo(Verification.VALID);
    }

    /** Ed25519 is deterministic: a signature is the one the JDK's own provider makes, and either side checks the other's. */
    @Test
    void a_signature_is_byte_for_byte_the_jdk_providers_and_a_jdk_signature_is_valid() throws Exception {
        byte[] content = SignedRecord.content(KEY, VALUE);
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(current.getPrivate());
        jdk.update(content);
        byte[] jdkSignature = jdk.sign();

        assertThat(signer.sign(KEY, VALUE)).isEqualTo(jdkSignature);
        assertThat(verifier.verify(KEY, VALUE, signer.keyId().getBytes(StandardCharsets.UTF_8),
                Base64.getEncoder().encode(jdkSignature))).isEqualTo(Verification.VALID);
    }

    @Test
    void a_signature_of_the_wrong_length_is_invalid() {
        byte[] shorter = Arrays.copyOf(signer.sign(KEY, VALUE), 63);
        assertThat(verifier.verify(KEY, VALUE, signer.keyId().getBytes(StandardCharsets.UTF_8),
                Base64.getEncoder().encode(shorter))).isEqualTo(Verification.INVALID);
    }

    @Test
    void one_byte_changed_in_the_key_makes_the_signature_invalid() {
        Headers headers = signed(KEY, VALUE);
        byte[] key = KEY.clone();
        key[0] ^= 1;
        assertThat(verifier.verify(key, VALUE, headers)).isEqualTo(Verification.INVALID);
    }

    @Test
    void one_byte_changed_in_the_avro_body_makes_the_signature_invalid() {
        Headers headers = signed(KEY, VALUE);
        byte[] value = VALUE.clone();
        value[value.length - 1] ^= 1;
        assertThat(verifier.verify(KEY, value, headers)).isEqualTo(Verification.INVALID);
    }

    @Test
    void one_byte_changed_in_the_signature_makes_it_invalid() {
        byte[] signature = signer.sign(KEY, VALUE);
        signature[10] ^= 1;
        byte[] base64 = Base64.getEncoder().encode(signature);
        assertThat(verifier.verify(KEY, VALUE, signer.keyId().getBytes(StandardCharsets.UTF_8), base64))
                .isEqualTo(Verification.INVALID);
    }

    @Test
    void a_signature_that_is_not_base64_is_invalid() {
        assertThat(verifier.verify(KEY, VALUE, "status-2026-1".getBytes(StandardCharsets.UTF_8),
                "not base64!".getBytes(StandardCharsets.UTF_8))).isEqualTo(Verification.INVALID);
    }

    @Test
    void the_same_body_under_another_schema_id_keeps_its_signature() {
        Headers headers = signed(KEY, VALUE);
        byte[] value = VALUE.clone();
        value[4] = 9;
        assertThat(verifier.verify(KEY, value, headers)).isEqualTo(Verification.VALID);
    }

    @Test
    void a_signature_made_with_an_untrusted_key_under_a_trusted_id_is_invalid() {
        Headers headers = new RecordHeaders();
        new RecordSigner("status-2026-1", next.getPrivate()).sign(KEY, VALUE, headers);
        assertThat(verifier.verify(KEY, VALUE, headers)).isEqualTo(Verification.INVALID);
    }

    @Test
    void a_key_id_the_verifier_does_not_know_is_an_unknown_key() {
        Headers headers = new RecordHeaders();
        new RecordSigner("stranger", next.getPrivate()).sign(KEY, VALUE, headers);
        assertThat(verifier.verify(KEY, VALUE, headers)).isEqualTo(Verification.UNKNOWN_KEY);
    }

    @Test
    void a_record_without_signature_or_without_key_id_is_missing_its_signature() {
        Headers noKeyId = signed(KEY, VALUE);
        noKeyId.remove(SignedRecord.KEY_ID_HEADER);
        Headers noSignature = signed(KEY, VALUE);
        noSignature.remove(SignedRecord.SIGNATURE_HEADER);

        assertThat(verifier.verify(KEY, VALUE, new RecordHeaders())).isEqualTo(Verification.MISSING);
        assertThat(verifier.verify(KEY, VALUE, noKeyId)).isEqualTo(Verification.MISSING);
        assertThat(verifier.verify(KEY, VALUE, noSignature)).isEqualTo(Verification.MISSING);
    }

    @Test
    void a_value_without_an_avro_body_is_never_signed_and_never_verifies() {
        byte[] header = {0, 0, 0, 0, 7};
        Headers headers = signed(KEY, VALUE);

        assertThatThrownBy(() -> signer.sign(KEY, header)).isInstanceOf(IllegalArgumentException.class);
        assertThat(verifier.verify(KEY, header, headers)).isEqualTo(Verification.INVALID);
    }

    @Test
    void while_two_keys_are_trusted_both_sign_validly_and_once_the_old_one_is_removed_its_records_are_unknown() {
        RecordSigner nextSigner = new RecordSigner("status-2026-2", next.getPrivate());
        Headers old = signed(KEY, VALUE);
        Headers rotated = new RecordHeaders();
        nextSigner.sign(KEY, VALUE, rotated);
        Map<String, PublicKey> both = Map.of("status-2026-1", current.getPublic(), "status-2026-2", next.getPublic());
        RecordVerifier during = new RecordVerifier(both);
        RecordVerifier after = new RecordVerifier(Map.of("status-2026-2", next.getPublic()));

        assertThat(during.verify(KEY, VALUE, old)).isEqualTo(Verification.VALID);
        assertThat(during.verify(KEY, VALUE, rotated)).isEqualTo(Verification.VALID);
        assertThat(after.verify(KEY, VALUE, rotated)).isEqualTo(Verification.VALID);
        assertThat(after.verify(KEY, VALUE, old)).isEqualTo(Verification.UNKNOWN_KEY);
    }

    @Test
    void a_verifier_trusts_at_least_one_key_with_a_well_formed_id() {
        assertThatThrownBy(() -> new RecordVerifier(Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecordVerifier(Map.of("a key", current.getPublic())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Headers signed(byte[] key, byte[] value) {
        Headers headers = new RecordHeaders();
        signer.sign(key, value, headers);
        return headers;
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
