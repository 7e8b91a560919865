package org.demandflow.serde;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * The bytes Confluent's own serializer wrote for a probe schema ({@code confluent-avro-vectors.json}),
 * with each vector's value turned into a generic record of that schema.
 */
final class GoldenVectors {

    /** One vector: the schema id it was written with, the value, and Confluent's bytes. */
    record Vector(int schemaId, GenericData.Record value, byte[] bytes) {
    }

    private final JsonNode file;
    final Schema schema;

    private GoldenVectors(JsonNode file) {
        this.file = file;
        this.schema = new Schema.Parser().parse(file.get("schema").toString());
    }

    static GoldenVectors load() {
        try (InputStream in = GoldenVectors.class.getResourceAsStream("/confluent-avro-vectors.json")) {
            return new GoldenVectors(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String subject() {
        return file.get("subject").asString();
    }

    List<Vector> vectors() {
        List<Vector> vectors = new ArrayList<>();
        for (JsonNode vector : file.get("vectors")) {
            vectors.add(new Vector(vector.get("schemaId").asInt(),
                    (GenericData.Record) toAvro(vector.get("value"), schema),
                    HexFormat.of().parseHex(vector.get("hex").asString())));
        }
        return vectors;
    }

    /** The JSON value as Avro's generic representation; bytes are written as hex in the file. */
    private static Object toAvro(JsonNode value, Schema schema) {
        return switch (schema.getType()) {
            case RECORD -> record(value, schema);
            case UNION -> toAvro(value, schema.getTypes().get(value.isNull() ? 0 : 1));
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                value.forEach(item -> items.add(toAvro(item, schema.getElementType())));
                yield items;
            }
            case MAP -> {
                Map<String, Object> entries = new HashMap<>();
                value.properties().forEach(e -> entries.put(e.getKey(), toAvro(e.getValue(), schema.getValueType())));
                yield entries;
            }
            case ENUM -> new GenericData.EnumSymbol(schema, value.asString());
            case BYTES -> ByteBuffer.wrap(HexFormat.of().parseHex(value.asString()));
            case STRING -> value.asString();
            case INT -> value.asInt();
            case LONG -> value.asLong();
            case DOUBLE -> value.asDouble();
            case BOOLEAN -> value.asBoolean();
            case NULL -> null;
            default -> throw new IllegalArgumentException("not in the probe schema: " + schema);
        };
    }

    private static GenericData.Record record(JsonNode value, Schema schema) {
        GenericData.Record record = new GenericData.Record(schema);
        schema.getFields().forEach(field -> record.put(field.name(), toAvro(value.get(field.name()), field.schema())));
        return record;
    }
}
