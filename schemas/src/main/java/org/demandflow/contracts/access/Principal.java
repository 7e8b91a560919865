package org.demandflow.contracts.access;

import java.util.Arrays;

/**
 * The identities that talk to Kafka and the schema registry. Locally each is a SCRAM-SHA-512 user of the
 * broker ({@code User:<name>}) and a user of the registry; a service's name is its module's name.
 */
public enum Principal {

    INTAKE_SERVICE("intake-service", Kind.SERVICE),
    ORDER_REVIEW_SERVICE("order-review-service", Kind.SERVICE),
    NOTIFICATION_SERVICE("notification-service", Kind.SERVICE),
    /** Reads the five topics its transparency report is built from; writes only its dead letters. */
    TRANSPARENCY_SERVICE("transparency-service", Kind.SERVICE),
    /** The CRM: writes the executive directory ({@code customer-executives}). */
    CRM("crm", Kind.CLIENT),
    /** The upstream ticketing systems: write submissions, read their rejections. */
    TICKETING("ticketing", Kind.CLIENT),
    /** Operators: read every topic with consumer groups named {@code ops-…}, see every group's offsets, write nothing. */
    OPS("ops", Kind.CLIENT),
    /** The stack's own super user ({@code super.users}): creates topics and ACLs; no ACL names it. */
    ADMIN("admin", Kind.SUPER_USER),
    /** Registers the contract schemas in the registry (which keeps them on disk): no Kafka identity. */
    REGISTRY_ADMIN("registry-admin", Kind.REGISTRY_ONLY);

    private enum Kind { SERVICE, CLIENT, SUPER_USER, REGISTRY_ONLY }

    private final String userName;
    private final Kind kind;

    Principal(String userName, Kind kind) {
        this.userName = userName;
        this.kind = kind;
    }

    /** The user name, e.g. {@code order-review-service}. */
    public String userName() {
        return userName;
    }

    /** The principal as Kafka's ACLs name it, e.g. {@code User:order-review-service}. */
    public String kafkaPrincipal() {
        return "User:" + userName;
    }

    /** Whether the broker knows this principal (a SCRAM user). */
    public boolean kafkaUser() {
        return kind != Kind.REGISTRY_ONLY;
    }

    /** Whether this principal may register schemas: the registry admin, and the services for what they produce. */
    public boolean registryWriter() {
        return kind == Kind.REGISTRY_ONLY || kind == Kind.SERVICE;
    }

    /** The principal of a user name. */
    public static Principal named(String userName) {
        return Arrays.stream(values()).filter(p -> p.userName.equals(userName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no principal named " + userName));
    }
}
