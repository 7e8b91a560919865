package org.demandflow.registry.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Global schema ids: one id per canonical schema, the same across subjects, counting from 1. */
final class SchemaIds {

    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private int lastId;

    void remember(int id, String canonical) {
        idsBySchema.putIfAbsent(canonical, id);
        schemasById.putIfAbsent(id, canonical);
        lastId = Math.max(lastId, id);
    }

    int idFor(String canonical) {
        Integer known = idsBySchema.get(canonical);
        return known != null ? known : lastId + 1;
    }

    Optional<String> schema(int id) {
        return Optional.ofNullable(schemasById.get(id));
    }
}
