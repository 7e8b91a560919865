package org.demandflow.perf.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.demandflow.events.DemandSubmission;
import org.demandflow.perf.load.Submissions;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The project's serde on a {@code DemandSubmission}: Confluent wire format written and read (specific
 * records), with the registry answered from memory so that only the per-record work is timed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SerdeBenchmark {

    private static final String TOPIC = "demand-submissions";

    private ConfluentAvroSerializer serializer;
    private ConfluentAvroDeserializer deserializer;
    private DemandSubmission submission;
    private byte[] bytes;

    /** One serializer and deserializer, one submission and its bytes. */
    @Setup
    public void setUp() {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "org.demandflow.events");
        InMemoryRegistry registry = new InMemoryRegistry(DemandSubmission.getClassSchema());
        Map<String, Object> config = Map.of("schema.registry.url", "http://127.0.0.1:1",
                "auto.register.schemas", true, "avro.remove.java.properties", true, "specific.avro.reader", true);
        serializer = new ConfluentAvroSerializer(registry, config);
        deserializer = new ConfluentAvroDeserializer(registry, config);
        submission = Submissions.of("bench-1");
        bytes = serializer.serialize(TOPIC, submission);
    }

    /** Writes one submission. */
    @Benchmark
    public byte[] serialize() {
        return serializer.serialize(TOPIC, submission);
    }

    /** Reads one submission. */
    @Benchmark
    public Object deserialize() {
        return deserializer.deserialize(TOPIC, bytes);
    }
}
