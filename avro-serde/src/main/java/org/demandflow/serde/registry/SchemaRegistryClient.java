package org.demandflow.serde.registry;

import static org.demandflow.serde.registry.RegistryHttp.segment;

import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A client of the Confluent Schema Registry REST API (Avro schemas only), thread-safe.
 * Ids by subject and schema, and schemas by id, are cached: both are immutable in a registry.
 * Every failure is a {@link SchemaRegistryException}.
 *
 * <p>Hand-written because Confluent's client jars are not reachable from this build.
 */
public class SchemaRegistryClient {

    private final RegistryHttp http;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> registeredIds = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, RegisteredSchema> lookups = new ConcurrentHashMap<>();

    /** A client of the registry at the given comma-separated URLs, with default timeouts. */
    public SchemaRegistryClient(String urls) {
        this(SchemaRegistrySettings.of(urls));
    }

    public SchemaRegistryClient(SchemaRegistrySettings settings) {
        this.http = new RegistryHttp(settings);
    }

    /** Registers the schema under the subject (or finds it there) and returns its global id. */
    public int register(String subject, Schema schema) {
        return register(subject, schema.toString());
    }

    /** Registers a schema given as JSON text, as is, and returns its global id. */
    public int register(String subject, String schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = registeredIds.get(key);
        if (cached != null) {
            return cached;
        }
        int id = http.post(subjectPath(subject) + "/versions", schemaBody(schema)).path("id").asInt();
        registeredIds.put(key, id);
        return id;
    }

    /** Finds the schema under the subject without registering it (40401 / 40403 when absent). */
    public RegisteredSchema lookup(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema.toString());
        RegisteredSchema cached = lookups.get(key);
        if (cached != null) {
            return cached;
        }
        RegisteredSchema found = RegistryAnswers.registered(http.post(subjectPath(subject), schemaBody(key.schema())));
        lookups.put(key, found);
        return found;
    }

    /** The schema with the given global id (40403 when unknown). */
    public Schema getById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = http.get("/schemas/ids/" + id);
        String type = answer.path("schemaType").asString("AVRO");
        if (!"AVRO".equals(type)) {
            throw new SchemaRegistryException(200, SchemaRegistryException.NO_ANSWER,
                    "schema id " + id + " is a " + type + " schema, not Avro");
        }
        Schema schema = RegistryAnswers.schema(answer);
        schemasById.put(id, schema);
        return schema;
    }

    /** The subject's latest version (not cached: it changes). */
    public RegisteredSchema getLatest(String subject) {
        return RegistryAnswers.registered(http.get(subjectPath(subject) + "/versions/latest"));
    }

    /** One version of the subject. */
    public RegisteredSchema getVersion(String subject, int version) {
        return RegistryAnswers.registered(http.get(subjectPath(subject) + "/versions/" + version));
    }

    /** All subjects. */
    public List<String> listSubjects() {
        List<String> subjects = new ArrayList<>();
        http.get("/subjects").forEach(subject -> subjects.add(subject.asString()));
        return subjects;
    }

    /** The versions under the subject, in order. */
    public List<Integer> listVersions(String subject) {
        List<Integer> versions = new ArrayList<>();
        http.get(subjectPath(subject) + "/versions").forEach(version -> versions.add(version.asInt()));
        return versions;
    }

    /** Whether the schema is compatible with the subject's latest version, under the subject's level. */
    public boolean isCompatible(String subject, Schema schema) {
        return testCompatibility(subject, schema, "latest").compatible();
    }

    /**
     * Tests the schema against one version of the subject ({@code "latest"} or a number), asking the
     * registry for its reasons ({@code ?verbose=true}).
     */
    public CompatibilityResult testCompatibility(String subject, Schema schema, String version) {
        String path = "/compatibility" + subjectPath(subject) + "/versions/" + segment(version) + "?verbose=true";
        return RegistryAnswers.compatibility(http.post(path, schemaBody(schema.toString())));
    }

    /** The global compatibility level. */
    public CompatibilityLevel getConfig() {
        return RegistryAnswers.level(http.get("/config"));
    }

    /** The subject's compatibility level, or the global one when the subject has none of its own. */
    public CompatibilityLevel getConfig(String subject) {
        return RegistryAnswers.level(http.get("/config/" + segment(subject) + "?defaultToGlobal=true"));
    }

    /** Sets the global compatibility level and returns the level now in force. */
    public CompatibilityLevel updateConfig(CompatibilityLevel level) {
        return RegistryAnswers.level(http.put("/config", Map.of("compatibility", level.name())));
    }

    /** Sets the subject's compatibility level and returns the level now in force. */
    public CompatibilityLevel updateConfig(String subject, CompatibilityLevel level) {
        return RegistryAnswers.level(http.put("/config/" + segment(subject), Map.of("compatibility", level.name())));
    }

    private static String subjectPath(String subject) {
        return "/subjects/" + segment(subject);
    }

    private static Map<String, String> schemaBody(String schema) {
        return Map.of("schema", schema);
    }

    private record SubjectSchema(String subject, String schema) {
    }
}
