package org.demandflow.serde;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigException;

/** Typed reads from a Kafka configuration map, whose values may be strings, booleans, numbers or lists. */
final class ConfigValues {

    private final Map<String, ?> config;

    ConfigValues(Map<String, ?> config) {
        this.config = config;
    }

    String text(String key, String fallback) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return String.valueOf(value).strip();
    }

    List<String> list(String key, String fallback) {
        return Arrays.stream(text(key, fallback).split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    boolean flag(String key, boolean fallback) {
        String value = text(key, String.valueOf(fallback));
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new ConfigException(key, value, "expected true or false");
        }
        return Boolean.parseBoolean(value);
    }

    long number(String key, long fallback) {
        String value = text(key, String.valueOf(fallback));
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value, "expected a whole number");
        }
    }

    void requireTopicNameStrategy(String key) {
        Object strategy = config.get(key);
        String name = strategy instanceof Class<?> type ? type.getName() : text(key, "TopicNameStrategy");
        if (!name.endsWith("TopicNameStrategy")) {
            throw new ConfigException(key, name, "only TopicNameStrategy (<topic>-key / <topic>-value) is supported");
        }
    }
}
