package org.demandflow.contracts.access;

import java.util.List;
import java.util.Objects;

/**
 * One row of the access table: a topic, the one principal that may write it, and its readers.
 *
 * @param topic   the topic's name
 * @param writer  the only principal with WRITE on it
 * @param readers who may read it, each in its consumer group(s)
 */
public record TopicAccess(String topic, Principal writer, List<Reader> readers) {

    public TopicAccess {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(writer, "writer");
        readers = List.copyOf(readers);
        if (writer == Principal.OPS || !writer.kafkaUser()) {
            throw new IllegalArgumentException(writer.userName() + " may not write " + topic);
        }
    }

    /** Whether {@code principal} may read the topic in group {@code group}. */
    public boolean readableBy(Principal principal, String group) {
        return readers.stream().anyMatch(r -> r.principal() == principal && r.group().covers(group));
    }
}
