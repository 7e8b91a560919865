package org.demandflow.registry.auth;

/** Who may read schemas, subjects and levels when the registry has users. */
public enum ReadAccess {
    /** Anyone, without credentials (as a Confluent registry without read authorization). */
    OPEN,
    /** Any user of the registry, with valid credentials. */
    AUTHENTICATED
}
