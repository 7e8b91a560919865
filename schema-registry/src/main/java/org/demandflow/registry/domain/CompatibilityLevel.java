package org.demandflow.registry.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Confluent's compatibility levels. BACKWARD: the new schema reads data of the last one;
 * FORWARD: the last one reads data of the new one; FULL: both; *_TRANSITIVE: against every
 * earlier version instead of the last.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** The level of that name, case-insensitive; empty for an unknown name. */
    public static Optional<CompatibilityLevel> named(String name) {
        for (CompatibilityLevel level : values()) {
            if (level.name().equalsIgnoreCase(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code candidate} may not follow {@code earlier} (oldest first) at this level;
     * empty when it may.
     */
    public List<String> incompatibilities(SchemaFormat format, String candidate, List<String> earlier) {
        List<String> checked = transitive || earlier.isEmpty() ? earlier : earlier.subList(earlier.size() - 1, earlier.size());
        List<String> messages = new ArrayList<>();
        for (String existing : checked) {
            if (backward) {
                messages.addAll(format.incompatibilities(candidate, existing));
            }
            if (forward) {
                messages.addAll(format.incompatibilities(existing, candidate));
            }
        }
        return messages;
    }
}
