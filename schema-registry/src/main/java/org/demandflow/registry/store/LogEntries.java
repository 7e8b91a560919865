package org.demandflow.registry.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.demandflow.registry.domain.CompatibilityLevel;
import org.demandflow.registry.domain.LogEntry;
import org.demandflow.registry.domain.LogEntry.LevelChanged;
import org.demandflow.registry.domain.LogEntry.SchemaRegistered;
import org.demandflow.registry.domain.LogEntry.SubjectDeleted;
import org.demandflow.registry.domain.SchemaVersion;

/** Maps log entries to the flat JSON objects of the log file and back. */
final class LogEntries {

    private LogEntries() {
    }

    static Map<String, Object> toMap(LogEntry entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (entry instanceof SchemaRegistered registered) {
            SchemaVersion version = registered.version();
            map.put("type", "schema");
            map.put("subject", version.subject());
            map.put("version", version.version());
            map.put("id", version.id());
            map.put("schema", version.schema());
        } else if (entry instanceof LevelChanged changed) {
            map.put("type", "level");
            map.put("subject", changed.subject());
            map.put("level", changed.level().name());
        } else if (entry instanceof SubjectDeleted deleted) {
            map.put("type", "delete");
            map.put("subject", deleted.subject());
        }
        return map;
    }

    static LogEntry fromMap(Map<?, ?> map) {
        String subject = (String) map.get("subject");
        return switch ((String) map.get("type")) {
            case "schema" -> new SchemaRegistered(new SchemaVersion(subject,
                    ((Number) map.get("version")).intValue(), ((Number) map.get("id")).intValue(), (String) map.get("schema")));
            case "level" -> new LevelChanged(subject, CompatibilityLevel.valueOf((String) map.get("level")));
            case "delete" -> new SubjectDeleted(subject);
            default -> throw new IllegalStateException("Unknown entry in the schema log: " + map);
        };
    }
}
