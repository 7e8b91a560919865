package org.demandflow.contracts.access;

import java.util.Objects;

/**
 * The consumer groups a reader may use: one group by its exact name, or every group whose name starts
 * with a prefix (operators' {@code ops-…}, the ticketing systems' {@code ticketing-…}).
 *
 * @param name     the group's name, or the prefix
 * @param prefixed whether {@code name} is a prefix
 */
public record ConsumerGroup(String name, boolean prefixed) {

    public ConsumerGroup {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a consumer group needs a name");
        }
    }

    /** The one group of this name. */
    public static ConsumerGroup named(String name) {
        return new ConsumerGroup(name, false);
    }

    /** Every group whose name starts with {@code prefix}. */
    public static ConsumerGroup startingWith(String prefix) {
        return new ConsumerGroup(prefix, true);
    }

    /** Whether a consumer may use group {@code group}. */
    public boolean covers(String group) {
        return prefixed ? group.startsWith(name) : group.equals(name);
    }
}
