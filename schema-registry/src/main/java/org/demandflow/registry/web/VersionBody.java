package org.demandflow.registry.web;

import org.demandflow.registry.domain.Registry;
import org.demandflow.registry.domain.SchemaVersion;

/** Confluent's answer for one subject version: {@code {"subject","version","id","schema"}}. */
record VersionBody(String subject, int version, int id, String schema) {

    static VersionBody of(SchemaVersion version) {
        return new VersionBody(version.subject(), version.version(), version.id(), version.schema());
    }

    /** A version path segment: a positive number, {@code latest} or {@code -1}. */
    static int parse(String version) {
        if ("latest".equalsIgnoreCase(version)) {
            return Registry.LATEST;
        }
        try {
            int number = Integer.parseInt(version);
            if (number == Registry.LATEST || number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw RegistryError.invalidVersion(version);
    }
}
