package org.demandflow.serde.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import tools.jackson.databind.JsonNode;

/** Reads Confluent's JSON answers into the client's types. */
final class RegistryAnswers {

    private RegistryAnswers() {
    }

    /** {@code {"subject", "id", "version", "schema"}}, as version and look-up answers hold it. */
    static RegisteredSchema registered(JsonNode answer) {
        return new RegisteredSchema(answer.path("subject").asString(), answer.path("id").asInt(),
                answer.path("version").asInt(), schema(answer));
    }

    /** The {@code "schema"} text of an answer, parsed. */
    static Schema schema(JsonNode answer) {
        return new Schema.Parser().parse(answer.path("schema").asString());
    }

    /** {@code {"is_compatible", "messages"}}. */
    static CompatibilityResult compatibility(JsonNode answer) {
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(message -> messages.add(message.asString()));
        return new CompatibilityResult(answer.path("is_compatible").asBoolean(), messages);
    }

    /** {@code {"compatibilityLevel"}} as GET answers it, or {@code {"compatibility"}} as PUT does. */
    static CompatibilityLevel level(JsonNode answer) {
        JsonNode level = answer.has("compatibilityLevel") ? answer.get("compatibilityLevel")
                : answer.path("compatibility");
        return CompatibilityLevel.valueOf(level.asString());
    }
}
