package org.demandflow.registry.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The versions of one subject, oldest first. Version numbers keep counting after a delete. */
final class Subject {

    private final List<SchemaVersion> versions = new ArrayList<>();
    private int lastVersion;

    void add(SchemaVersion version) {
        versions.add(version);
        lastVersion = Math.max(lastVersion, version.version());
    }

    void clear() {
        versions.clear();
    }

    boolean isEmpty() {
        return versions.isEmpty();
    }

    int nextVersion() {
        return lastVersion + 1;
    }

    List<SchemaVersion> versions() {
        return List.copyOf(versions);
    }

    List<String> schemas() {
        return versions.stream().map(SchemaVersion::schema).toList();
    }

    Optional<SchemaVersion> withSchema(String canonical) {
        return versions.stream().filter(v -> v.schema().equals(canonical)).findFirst();
    }

    /** The given version, or the latest for {@link Registry#LATEST}. */
    Optional<SchemaVersion> version(int number) {
        if (number == Registry.LATEST) {
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        }
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }
}
