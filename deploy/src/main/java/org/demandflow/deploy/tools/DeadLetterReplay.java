package org.demandflow.deploy.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Re-publishes dead letters to the topic they came from, after the cause is fixed:
 * {@code --bootstrap-server HOST:PORT --command-config FILE [--reader-config FILE] --from DLT [--since INSTANT]
 * [--key KEY] [--dry-run]}: it reads the dead letters as the reader (default: the same principal; the local stack
 * reads as {@code ops}, who reads every topic) and writes as the principal of {@code --command-config}.
 * Each dead letter's original key and value bytes go to its {@code kafka_dlt-original-topic}, with its original
 * headers (the {@code kafka_dlt-*} failure headers left behind) and a {@value #REPLAYED_FROM} header naming the dead
 * letter. Before sending anything it asks the broker whether the caller may write every target topic and refuses
 * the whole replay if not; statuses are never replayed (a status gap heals only by order-review's re-publication,
 * DESIGN.md rule 8). Reports what it did (ids, never values). Exit codes: 0 done, 2 usage, 3 refused, 4 a send failed.
 * Written here because neither Kafka's tools nor Spring Kafka replay a dead-letter topic (spring-cloud-stream #582).
 */
public final class DeadLetterReplay {

    /** The header a replayed record carries: {@code <dead-letter topic>/<partition>/<offset>}. */
    public static final String REPLAYED_FROM = "demandflow-replayed-from";
    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    static final String NEVER_REPLAYED = "demand-secrecy-status";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ReplayOptions options;
    private final PrintStream out;

    DeadLetterReplay(ReplayOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        ReplayOptions options;
        try {
            options = ReplayOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("replay: " + e.getMessage());
            System.err.println(ReplayOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(new DeadLetterReplay(options, System.out).run());
    }

    int run() {
        Map<String, Object> client = client(options.commandConfig());
        List<ConsumerRecord<byte[], byte[]>> letters = read(options.readerConfig() == null ? client
                : client(options.readerConfig()));
        Map<String, List<ConsumerRecord<byte[], byte[]>>> byTarget = new TreeMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> letter : letters) {
            Header original = letter.headers().lastHeader(ORIGINAL_TOPIC);
            if (original == null) {
                skipped.merge("no " + ORIGINAL_TOPIC + " header", 1, Integer::sum);
            } else if (new String(original.value(), StandardCharsets.UTF_8).equals(NEVER_REPLAYED)) {
                skipped.merge("a status: never replayed, ask order-review to re-publish (DESIGN.md rule 8)", 1,
                        Integer::sum);
            } else {
                byTarget.computeIfAbsent(new String(original.value(), StandardCharsets.UTF_8), topic -> new ArrayList<>())
                        .add(letter);
            }
        }
        out.printf("replay: %d dead letters on %s%s%s%n", letters.size(), options.from(),
                options.since() == null ? "" : " since " + options.since(),
                options.key() == null ? "" : " with key " + options.key());
        skipped.forEach((reason, count) -> out.printf("replay: skipped %d (%s)%n", count, reason));
        List<String> refused = refusedTargets(client, byTarget.keySet());
        if (!refused.isEmpty()) {
            out.printf("replay: refused: this principal may not write %s; nothing was sent%n", refused);
            return 3;
        }
        if (options.dryRun()) {
            byTarget.forEach((topic, records) -> records.forEach(letter -> out.printf(
                    "replay: would send %s/%d/%d key=%s to %s%n", letter.topic(), letter.partition(), letter.offset(),
                    key(letter), topic)));
            out.printf("replay: dry run, nothing sent; %d would be replayed%n", count(byTarget));
            return 0;
        }
        return send(client, byTarget);
    }

    private int send(Map<String, Object> client, Map<String, List<ConsumerRecord<byte[], byte[]>>> byTarget) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-replay");
        int sent = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (Map.Entry<String, List<ConsumerRecord<byte[], byte[]>>> target : byTarget.entrySet()) {
                List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> letter : target.getValue()) {
                    acknowledgements.add(producer.send(replayOf(letter, target.getKey())));
                }
                for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                    acknowledgement.get();
                    sent++;
                }
                out.printf("replay: sent %d to %s%n", target.getValue().size(), target.getKey());
            }
        } catch (ExecutionException e) {
            out.printf("replay: a send failed after %d sent (%s); run again once fixed (consumers are idempotent)%n",
                    sent, e.getCause().getClass().getSimpleName());
            return 4;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 4;
        }
        out.printf("replay: replayed %d%n", sent);
        return 0;
    }

    static ProducerRecord<byte[], byte[]> replayOf(ConsumerRecord<byte[], byte[]> letter, String topic) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : letter.headers()) {
            if (!header.key().startsWith("kafka_dlt-")) {
                headers.add(header);
            }
        }
        headers.add(REPLAYED_FROM, (letter.topic() + "/" + letter.partition() + "/" + letter.offset())
                .getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(topic, null, letter.key(), letter.value(), headers);
    }

    /** The dead letters from the start (or {@code --since}) to the end the topic has now, filtered by key. */
    private List<ConsumerRecord<byte[], byte[]>> read(Map<String, Object> client) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-replay");
        List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(options.from(), PATIENCE).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("no topic " + options.from());
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, PATIENCE);
            seekToStart(consumer, partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> letter : consumer.poll(Duration.ofMillis(500))) {
                    if (letter.offset() < end.get(new TopicPartition(letter.topic(), letter.partition()))
                            && (options.key() == null || options.key().equals(key(letter)))) {
                        letters.add(letter);
                    }
                }
            }
        }
        return letters;
    }

    private void seekToStart(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions) {
        if (options.since() == null) {
            consumer.seekToBeginning(partitions);
            return;
        }
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(partition -> times.put(partition, options.since().toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times, PATIENCE);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, PATIENCE);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            consumer.seek(partition, offset == null ? end.get(partition) : offset.offset());
        }
    }

    /** The target topics the broker does not let this principal write (it answers per topic). */
    private List<String> refusedTargets(Map<String, Object> client, Set<String> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        try (Admin admin = Admin.create(client)) {
            Map<String, TopicDescription> descriptions = admin.describeTopics(targets,
                    new DescribeTopicsOptions().includeAuthorizedOperations(true)).allTopicNames().get();
            return targets.stream().filter(topic -> {
                Set<AclOperation> allowed = descriptions.get(topic).authorizedOperations();
                return allowed != null && !allowed.contains(AclOperation.WRITE) && !allowed.contains(AclOperation.ALL);
            }).toList();
        } catch (ExecutionException e) {
            // a topic the principal may not even describe it may not write
            return List.copyOf(targets);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.copyOf(targets);
        }
    }

    private Map<String, Object> client(String file) {
        Map<String, Object> client = new HashMap<>();
        if (file != null) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                properties.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + file, e);
            }
            properties.stringPropertyNames().forEach(name -> client.put(name, properties.getProperty(name)));
        }
        client.put("bootstrap.servers", options.bootstrapServer());
        // the registry's settings in the same file are not the clients' business
        client.keySet().removeIf(name -> name.startsWith("basic.auth.") || name.equals("auto.register.schemas"));
        return client;
    }

    private static String key(ConsumerRecord<byte[], byte[]> letter) {
        return letter.key() == null ? null : new String(letter.key(), StandardCharsets.UTF_8);
    }

    private static int count(Map<String, List<ConsumerRecord<byte[], byte[]>>> byTarget) {
        return byTarget.values().stream().mapToInt(List::size).sum();
    }

    /** The command line. */
    record ReplayOptions(String bootstrapServer, String commandConfig, String readerConfig, String from,
                         Instant since, String key, boolean dryRun) {

        static final String USAGE = "usage: replay --from DEAD_LETTER_TOPIC [--since INSTANT] [--key KEY] [--dry-run]"
                + " (--bootstrap-server and --command-config come from deploy/local/stack tool)";

        static ReplayOptions parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            boolean dryRun = false;
            for (int index = 0; index < args.length; index++) {
                String name = args[index];
                if (name.equals("--dry-run")) {
                    dryRun = true;
                } else if (Set.of("--bootstrap-server", "--command-config", "--reader-config", "--from", "--since", "--key").contains(name)
                        && index + 1 < args.length) {
                    values.put(name, args[++index]);
                } else {
                    throw new IllegalArgumentException("unknown or incomplete argument " + name);
                }
            }
            if (!values.containsKey("--from") || !values.containsKey("--bootstrap-server")) {
                throw new IllegalArgumentException("--from and --bootstrap-server are required");
            }
            if (!values.get("--from").endsWith("-dlt")) {
                throw new IllegalArgumentException("--from names a dead-letter topic (…-dlt), not " + values.get("--from"));
            }
            Instant since;
            try {
                since = values.containsKey("--since") ? Instant.parse(values.get("--since")) : null;
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("--since takes an instant such as 2026-12-02T10:00:00Z");
            }
            return new ReplayOptions(values.get("--bootstrap-server"), values.get("--command-config"),
                    values.get("--reader-config"), values.get("--from"), since, values.get("--key"), dryRun);
        }
    }
}
