package org.demandflow.e2e.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.contracts.access.AccessPlan;
import org.demandflow.contracts.access.TopicAccess;
import org.demandflow.contracts.access.Principal;
import org.demandflow.serde.ConfluentAvroSerializer;

/**
 * The tests' producers, one per principal, created on first use. A topic an outside system writes is
 * written as that system ({@code ticketing} submits, {@code crm} writes the directory); a topic a service
 * owns is written as {@code admin}: a test that writes it plays a stolen super-user credential (forged
 * statuses, bad input behind a service's back). Avro values are registered as {@code registry-admin}.
 */
final class Producers implements AutoCloseable {

    private final Stack stack;
    private final Map<Principal, KafkaProducer<String, Object>> avro = new ConcurrentHashMap<>();
    private final Map<Principal, KafkaProducer<String, byte[]>> raw = new ConcurrentHashMap<>();

    Producers(Stack stack) {
        this.stack = stack;
    }

    /** Who the tests write {@code topic} as. */
    static Principal writerOf(String topic) {
        Principal owner = AccessPlan.topics().stream().filter(row -> row.topic().equals(topic)).findFirst()
                .map(TopicAccess::writer).orElse(Principal.ADMIN);
        return owner == Principal.TICKETING || owner == Principal.CRM ? owner : Principal.ADMIN;
    }

    KafkaProducer<String, Object> avro(String topic) {
        return avro.computeIfAbsent(writerOf(topic), principal -> new KafkaProducer<>(config(principal),
                new StringSerializer(), serializer()));
    }

    KafkaProducer<String, byte[]> raw(String topic) {
        return raw.computeIfAbsent(writerOf(topic), principal -> new KafkaProducer<>(config(principal),
                new StringSerializer(), new ByteArraySerializer()));
    }

    private Map<String, Object> config(Principal principal) {
        Map<String, Object> config = new HashMap<>(stack.clientOf(principal));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2_000_000);
        return config;
    }

    /** A serializer that registers as {@code registry-admin}; the caller closes it. */
    ConfluentAvroSerializer serializer() {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        Map<String, Object> config = new HashMap<>(stack.registryAs(Principal.REGISTRY_ADMIN));
        config.put("avro.remove.java.properties", true);
        serializer.configure(config, false);
        return serializer;
    }

    @Override
    public void close() {
        avro.values().forEach(KafkaProducer::close);
        raw.values().forEach(KafkaProducer::close);
    }
}
