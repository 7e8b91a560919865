package org.demandflow.registry.web;

/** The media types Confluent's registry speaks, most preferred first. */
final class RegistryMediaTypes {

    static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
    static final String JSON = "application/vnd.schemaregistry+json";
    static final String PLAIN_JSON = "application/json";

    /** What every endpoint produces; requests of any content type are read as JSON. */
    static final String[] PRODUCED = {V1_JSON, JSON, PLAIN_JSON};

    private RegistryMediaTypes() {
    }
}
