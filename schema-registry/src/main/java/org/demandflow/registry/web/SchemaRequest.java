package org.demandflow.registry.web;

import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a register, look-up or compatibility request:
 * {@code {"schema": "...", "schemaType"?: "AVRO", "references"?: []}}. Read from the raw body so
 * that any content type Confluent accepts (its own, JSON, octet-stream) works.
 */
record SchemaRequest(String schema, String schemaType, List<?> references) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static SchemaRequest parse(String body, String supportedType) {
        Map<?, ?> fields;
        try {
            fields = JSON.readValue(body == null ? "" : body, Map.class);
        } catch (JacksonException e) {
            throw RegistryError.unreadableRequest("Unreadable request body: " + e.getOriginalMessage());
        }
        SchemaRequest request = new SchemaRequest(text(fields.get("schema")), text(fields.get("schemaType")),
                fields.get("references") instanceof List<?> list ? list : List.of());
        return request.checkedFor(supportedType);
    }

    private SchemaRequest checkedFor(String supportedType) {
        if (schema == null || schema.isBlank()) {
            throw RegistryError.invalidSchema("Empty schema");
        }
        if (schemaType != null && !schemaType.equalsIgnoreCase(supportedType)) {
            throw RegistryError.invalidSchema("Schema type " + schemaType + " is not supported: this registry holds "
                    + supportedType + " schemas only");
        }
        if (!references.isEmpty()) {
            throw RegistryError.invalidSchema("Schema references are not supported by this registry");
        }
        return this;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
