package org.demandflow.serde;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Type;
import org.apache.avro.generic.GenericContainer;

/** The schema of a value to serialize, and the clean form of a schema to register. */
final class AvroSchemas {

    /** The property code generation adds to string types ({@code "avro.java.string": "String"}). */
    static final String JAVA_STRING = "avro.java.string";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AvroSchemas() {
    }

    /** The schema of a record, enum, fixed or array container, or of a primitive value as Confluent maps it. */
    static Schema of(Object value) {
        if (value instanceof GenericContainer container) {
            return container.getSchema();
        }
        return Schema.create(primitiveType(value));
    }

    /** The schema without {@value #JAVA_STRING} properties, as Confluent's {@code avro.remove.java.properties} does. */
    static Schema withoutJavaProperties(Schema schema) {
        try {
            JsonNode tree = JSON.readTree(schema.toString());
            strip(tree);
            return new Schema.Parser().parse(JSON.writeValueAsString(tree));
        } catch (JacksonException e) {
            throw new IllegalStateException("Avro wrote a schema that is not JSON: " + schema, e);
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(JAVA_STRING);
        }
        node.forEach(AvroSchemas::strip);
    }

    private static Type primitiveType(Object value) {
        if (value instanceof CharSequence) {
            return Type.STRING;
        } else if (value instanceof Integer) {
            return Type.INT;
        } else if (value instanceof Long) {
            return Type.LONG;
        } else if (value instanceof Boolean) {
            return Type.BOOLEAN;
        } else if (value instanceof Double) {
            return Type.DOUBLE;
        } else if (value instanceof Float) {
            return Type.FLOAT;
        } else if (value instanceof byte[] || value instanceof ByteBuffer) {
            return Type.BYTES;
        }
        throw new AvroSerdeException("cannot serialize a " + value.getClass().getName()
                + " as Avro: expected a generated (specific) record, a GenericRecord or an Avro primitive");
    }
}
