package org.demandflow.contracts.access;

import java.util.Objects;

/**
 * A principal that reads a topic, with the consumer groups it reads it in.
 *
 * @param principal who reads
 * @param group     the group(s) it commits its offsets in
 */
public record Reader(Principal principal, ConsumerGroup group) {

    public Reader {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(group, "group");
    }
}
