package org.demandflow.serde;

/** Confluent's TopicNameStrategy: a topic's values live under {@code <topic>-value}, its keys under {@code <topic>-key}. */
public final class SubjectNames {

    private SubjectNames() {
    }

    /** The subject of the topic's keys or values. */
    public static String topicNameStrategy(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
