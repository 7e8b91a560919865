package org.demandflow.notification.gate.messaging;

import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.notification.DemandPoll;
import org.demandflow.notification.gate.InboundStatus;
import org.demandflow.notification.gate.application.StatusAcceptance;
import org.demandflow.notification.gate.application.StatusSignatureProperties;
import org.demandflow.support.kafka.Batches;
import org.demandflow.support.kafka.InboundRecords;
import org.demandflow.support.signing.RecordVerifier;
import org.demandflow.support.signing.SigningKeys;
import org.demandflow.support.tracing.RecordTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The binding {@code secrecyStatus} ← {@code demand-secrecy-status} (named in
 * {@code spring.cloud.function.definition}; group, batch mode, the long retry and dead-letter topic in
 * application.yml): each {@code SecrecyStatusChanged}, with its record key, the digest of its value and what
 * its signature showed (checked against the {@link StatusSignatureProperties trusted keys}), goes to the status
 * acceptance (DESIGN.md rule 8), a poll as a {@link DemandPoll} (one transaction, demand id order, set-based where
 * {@link StatusAcceptance#open} can; service-support's
 * {@link Batches}: a record that cannot be read is dead-lettered alone, see {@code UnreadableStatusGuard}). One log
 * line per poll.
 */
@Configuration(proxyBeanMethods = false)
class SecrecyStatusBinding {

    private static final Logger log = LoggerFactory.getLogger(SecrecyStatusBinding.class);

    static final String PUBLIC_KEYS = "demandflow.notification.status-signatures.public-keys";

    @Bean
    Consumer<Message<List<Object>>> secrecyStatus(StatusAcceptance acceptance, StatusSignatureProperties trusted,
            TransactionTemplate transaction, RecordTracing tracing) {
        StatusSignatures signatures = new StatusSignatures(verifier(trusted));
        return batch -> tracing.batch(batch, () -> Batches.handle(batch, message -> InboundRecords.convert(message,
                SecrecyStatusChanged.class, value -> new InboundStatus(
                        message.getHeaders().get(KafkaHeaders.RECEIVED_KEY, String.class), StatusMapper.toDomain(value),
                        StatusDigest.of(value), signatures.of(message))), statuses -> {
                    Map<String, Integer> verdicts = DemandPoll.handlePoll(statuses,
                            inbound -> inbound.status().demandId(), acceptance::open, transaction, tracing);
                    log.info("{} status record(s) judged: {}", statuses.size(), verdicts);
                }));
    }

    private static RecordVerifier verifier(StatusSignatureProperties trusted) {
        if (trusted.publicKeys().isEmpty()) {
            throw new IllegalStateException(PUBLIC_KEYS + " names no key: every status would close the gate");
        }
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        trusted.publicKeys().forEach((id, key) -> keys.put(id, SigningKeys.publicKey(key, PUBLIC_KEYS + "." + id)));
        return new RecordVerifier(keys);
    }
}
