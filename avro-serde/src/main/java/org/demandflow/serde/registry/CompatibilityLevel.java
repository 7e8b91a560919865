package org.demandflow.serde.registry;

/** The compatibility levels of the Confluent Schema Registry, globally or per subject. */
public enum CompatibilityLevel {
    NONE,
    BACKWARD,
    BACKWARD_TRANSITIVE,
    FORWARD,
    FORWARD_TRANSITIVE,
    FULL,
    FULL_TRANSITIVE
}
