package org.demandflow.perf.bench;

import org.apache.avro.Schema;
import org.demandflow.serde.registry.SchemaRegistryClient;

/** A registry client that knows one schema under id 1 and never goes to the network: the serde alone is timed. */
final class InMemoryRegistry extends SchemaRegistryClient {

    private final Schema schema;

    InMemoryRegistry(Schema schema) {
        super("http://127.0.0.1:1");
        this.schema = schema;
    }

    @Override
    public int register(String subject, Schema ignored) {
        return 1;
    }

    @Override
    public int register(String subject, String ignored) {
        return 1;
    }

    @Override
    public Schema getById(int id) {
        return schema;
    }
}
