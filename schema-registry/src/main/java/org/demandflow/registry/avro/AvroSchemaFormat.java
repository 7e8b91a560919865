package org.demandflow.registry.avro;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.demandflow.registry.domain.InvalidSchemaException;
import org.demandflow.registry.domain.SchemaFormat;

/**
 * Avro schemas. The canonical form is the parsed schema printed back ({@code Schema.toString()}),
 * as Confluent's registry stores it: whitespace and key order no longer matter, while defaults,
 * docs, logical types and properties still do. Compatibility is Avro's {@link SchemaCompatibility}.
 */
public final class AvroSchemaFormat implements SchemaFormat {

    @Override
    public String type() {
        return "AVRO";
    }

    @Override
    public String canonicalize(String schemaText) {
        return parse(schemaText).toString();
    }

    @Override
    public List<String> incompatibilities(String reader, String writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(parse(reader), parse(writer))
                .getResult()
                .getIncompatibilities()
                .stream()
                .map(AvroSchemaFormat::describe)
                .toList();
    }

    private static Schema parse(String schemaText) {
        if (schemaText == null || schemaText.isBlank()) {
            throw new InvalidSchemaException("Invalid schema: the schema is empty", null);
        }
        try {
            return new Schema.Parser().parse(schemaText);
        } catch (RuntimeException e) {
            throw new InvalidSchemaException("Invalid schema: " + e.getMessage(), e);
        }
    }

    private static String describe(Incompatibility incompatibility) {
        return "{errorType:'%s', description:'%s', location:'%s'}".formatted(
                incompatibility.getType(), incompatibility.getMessage(), incompatibility.getLocation());
    }
}
