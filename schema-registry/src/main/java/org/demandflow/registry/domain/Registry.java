package org.demandflow.registry.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.demandflow.registry.domain.LogEntry.LevelChanged;
import org.demandflow.registry.domain.LogEntry.SchemaRegistered;
import org.demandflow.registry.domain.LogEntry.SubjectDeleted;

/**
 * The schema registry: subjects with numbered versions, global ids per canonical schema and
 * compatibility levels (BACKWARD unless set). Every change goes to the {@link SchemaLog} first
 * and is replayed from it at construction, so ids and versions survive a restart.
 */
public final class Registry {

    /** The version number that stands for the latest version. */
    public static final int LATEST = -1;

    private final SchemaFormat format;
    private final SchemaLog log;
    private final SchemaIds ids = new SchemaIds();
    private final Map<String, Subject> subjects = new TreeMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new ConcurrentHashMap<>();
    private volatile CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;

    /** Creates the registry and replays the log into it. */
    public Registry(SchemaFormat format, SchemaLog log) {
        this.format = format;
        this.log = log;
        log.replay().forEach(this::apply);
    }

    /** The type of schema this registry holds. */
    public String schemaType() {
        return format.type();
    }

    /** Registers a schema as the next version of a subject, unless it already is one or breaks compatibility. */
    public synchronized Registration register(String subjectName, String schemaText) {
        String canonical;
        try {
            canonical = format.canonicalize(schemaText);
        } catch (InvalidSchemaException e) {
            return new Registration.Invalid(e.getMessage());
        }
        Subject subject = subjects.computeIfAbsent(subjectName, name -> new Subject());
        Optional<SchemaVersion> existing = subject.withSchema(canonical);
        if (existing.isPresent()) {
            return new Registration.Registered(existing.get(), false);
        }
        List<String> reasons = levelOf(subjectName).incompatibilities(format, canonical, subject.schemas());
        if (!reasons.isEmpty()) {
            return new Registration.Incompatible(reasons);
        }
        SchemaVersion version = new SchemaVersion(subjectName, subject.nextVersion(), ids.idFor(canonical), canonical);
        record(new SchemaRegistered(version));
        return new Registration.Registered(version, true);
    }

    /** The version of a subject that holds this schema, if any. */
    public synchronized Optional<SchemaVersion> lookup(String subjectName, String schemaText) {
        String canonical = format.canonicalize(schemaText);
        return subject(subjectName).flatMap(subject -> subject.withSchema(canonical));
    }

    /** Why the schema may not follow the given version of the subject at its level; empty if the version is unknown. */
    public synchronized Optional<List<String>> incompatibilities(String subjectName, int version, String schemaText) {
        String canonical = format.canonicalize(schemaText);
        return version(subjectName, version)
                .map(existing -> levelOf(subjectName).incompatibilities(format, canonical, List.of(existing.schema())));
    }

    /** The names of all subjects with at least one version, sorted. */
    public synchronized List<String> subjects() {
        return subjects.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** The versions of a subject, oldest first; empty for an unknown subject. */
    public synchronized Optional<List<SchemaVersion>> versions(String subjectName) {
        return subject(subjectName).map(Subject::versions);
    }

    /** One version of a subject ({@link #LATEST} for the latest). */
    public synchronized Optional<SchemaVersion> version(String subjectName, int version) {
        return subject(subjectName).flatMap(subject -> subject.version(version));
    }

    /** The schema with that global id. */
    public synchronized Optional<String> schema(int id) {
        return ids.schema(id);
    }

    /** Every subject version that uses the schema with that id. */
    public synchronized List<SchemaVersion> usesOf(int id) {
        return subjects.values().stream().flatMap(s -> s.versions().stream()).filter(v -> v.id() == id).toList();
    }

    /** Deletes a subject; answers the versions it had, or empty for an unknown subject. */
    public synchronized Optional<List<SchemaVersion>> deleteSubject(String subjectName) {
        Optional<List<SchemaVersion>> versions = versions(subjectName);
        versions.ifPresent(v -> record(new SubjectDeleted(subjectName)));
        return versions;
    }

    /** The global compatibility level. */
    public CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    /** The level set for a subject itself, if any. */
    public Optional<CompatibilityLevel> subjectLevel(String subjectName) {
        return Optional.ofNullable(subjectLevels.get(subjectName));
    }

    /** The level that applies to a subject: its own or else the global one. */
    public CompatibilityLevel levelOf(String subjectName) {
        return subjectLevel(subjectName).orElse(globalLevel);
    }

    /** Sets the level of a subject, or the global level for a null subject. */
    public synchronized void setLevel(String subjectName, CompatibilityLevel level) {
        record(new LevelChanged(subjectName, level));
    }

    private Optional<Subject> subject(String name) {
        return Optional.ofNullable(subjects.get(name)).filter(subject -> !subject.isEmpty());
    }

    private void record(LogEntry entry) {
        log.append(entry);
        apply(entry);
    }

    private void apply(LogEntry entry) {
        if (entry instanceof SchemaRegistered registered) {
            SchemaVersion version = registered.version();
            ids.remember(version.id(), version.schema());
            subjects.computeIfAbsent(version.subject(), name -> new Subject()).add(version);
        } else if (entry instanceof LevelChanged changed && changed.subject() == null) {
            globalLevel = changed.level();
        } else if (entry instanceof LevelChanged changed) {
            subjectLevels.put(changed.subject(), changed.level());
        } else if (entry instanceof SubjectDeleted deleted) {
            subjects.get(deleted.subject()).clear();
        }
    }
}
