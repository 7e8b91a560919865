package org.demandflow.intake.submission.messaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.contracts.Contract;
import org.demandflow.serde.ConfluentAvroSerializer;

/**
 * What Confluent's {@code kafka-avro-console-producer} does for {@code demand-submissions}, for
 * machines without it: reads one submission per line in Avro's JSON encoding (unions as
 * {@code {"string": …}}, timestamps as epoch milliseconds), writes each in Confluent's wire format
 * through the project's serde, keyed by its submissionId. Arguments: bootstrap servers, registry URL
 * (defaults: the local stack's) and a client properties file (security and {@code basic.auth.*} keys, as
 * {@code deploy/local/stack credentials ticketing} prints them), merged over the defaults.
 */
public final class SubmissionConsoleProducer {

    private SubmissionConsoleProducer() {
    }

    public static void main(String[] args) throws IOException {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        String registry = args.length > 1 ? args[1] : "http://127.0.0.1:8081";
        Map<String, Object> client = args.length > 2 ? clientProperties(Path.of(args[2])) : Map.of();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            List<String> lines = in.lines().filter(line -> !line.isBlank()).toList();
            send(lines, bootstrap, registry, client).forEach(id -> System.out.println("sent submission " + id));
        }
    }

    /** Sends each line as a submission; answers their submission ids. */
    public static List<String> send(List<String> lines, String bootstrap, String registry) {
        return send(lines, bootstrap, registry, Map.of());
    }

    /** Sends each line as a submission with these client properties over the defaults; answers their ids. */
    public static List<String> send(List<String> lines, String bootstrap, String registry, Map<String, Object> client) {
        List<GenericRecord> submissions = lines.stream().map(SubmissionConsoleProducer::parse).toList();
        Map<String, Object> config = config(bootstrap, registry);
        config.putAll(client);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(config)) {
            for (GenericRecord submission : submissions) {
                producer.send(new ProducerRecord<>(Contract.DEMAND_SUBMISSIONS.topic(), submissionId(submission),
                        submission)).get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return submissions.stream().map(SubmissionConsoleProducer::submissionId).toList();
    }

    private static String submissionId(GenericRecord submission) {
        return String.valueOf(submission.get("submissionId"));
    }

    /** One submission from its Avro JSON encoding, read with the contract's {@code .avsc} alone. */
    static GenericRecord parse(String json) {
        Schema schema = Contract.DEMAND_SUBMISSIONS.schema();
        try {
            return new GenericDatumReader<GenericRecord>(schema)
                    .read(null, DecoderFactory.get().jsonDecoder(schema, json));
        } catch (IOException e) {
            throw new UncheckedIOException("not a DemandSubmission in Avro JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> clientProperties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, Object> client = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> client.put(key, properties.getProperty(key)));
        return client;
    }

    private static Map<String, Object> config(String bootstrap, String registry) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put("schema.registry.url", registry);
        config.put("avro.remove.java.properties", true);
        return config;
    }
}
