package org.demandflow.registry;

/** Test schemas: a first version, a compatible and an incompatible successor. */
final class Schemas {

    static final String V1 = """
            {"type": "record", "name": "Demand", "namespace": "org.example.test",
             "fields": [{"name": "id", "type": "string"}]}""";

    /** V1 plus a field with a default: BACKWARD compatible. */
    static final String V2_WITH_DEFAULT = """
            {"type": "record", "name": "Demand", "namespace": "org.example.test",
             "fields": [{"name": "id", "type": "string"},
                        {"name": "agency", "type": "string", "default": "unknown"}]}""";

    /** V1 plus a field without a default: not BACKWARD compatible. */
    static final String V2_WITHOUT_DEFAULT = """
            {"type": "record", "name": "Demand", "namespace": "org.example.test",
             "fields": [{"name": "id", "type": "string"}, {"name": "agency", "type": "string"}]}""";

    private Schemas() {
    }
}
