package org.demandflow.registry.web;

import java.util.List;
import java.util.Map;
import org.demandflow.registry.domain.Registration;
import org.demandflow.registry.domain.Registry;
import org.demandflow.registry.domain.SchemaVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Confluent's {@code /subjects} resources: register, look up, list and read versions. */
@RestController
@RequestMapping(path = "/subjects", produces = {RegistryMediaTypes.V1_JSON, RegistryMediaTypes.JSON, RegistryMediaTypes.PLAIN_JSON})
class SubjectsController {

    private static final Logger LOG = LoggerFactory.getLogger(SubjectsController.class);

    private final Registry registry;

    SubjectsController(Registry registry) {
        this.registry = registry;
    }

    @GetMapping
    List<String> subjects() {
        return registry.subjects();
    }

    @PostMapping("/{subject}/versions")
    Map<String, Integer> register(@PathVariable String subject, @RequestBody(required = false) String body) {
        Registration registration = registry.register(subject, SchemaRequest.parse(body, registry.schemaType()).schema());
        if (registration instanceof Registration.Registered registered) {
            if (registered.isNew()) {
                SchemaVersion version = registered.version();
                LOG.info("Registered schema id {} as version {} of subject {}", version.id(), version.version(), subject);
            }
            return Map.of("id", registered.version().id());
        }
        if (registration instanceof Registration.Incompatible incompatible) {
            throw RegistryError.incompatible(subject, incompatible.reasons());
        }
        throw RegistryError.invalidSchema(((Registration.Invalid) registration).reason());
    }

    @PostMapping("/{subject}")
    VersionBody lookUp(@PathVariable String subject, @RequestBody(required = false) String body) {
        String schema = SchemaRequest.parse(body, registry.schemaType()).schema();
        existing(subject);
        return registry.lookup(subject, schema).map(VersionBody::of).orElseThrow(() -> RegistryError.schemaNotFound("Schema"));
    }

    @GetMapping("/{subject}/versions")
    List<Integer> versions(@PathVariable String subject) {
        return existing(subject).stream().map(SchemaVersion::version).toList();
    }

    @GetMapping("/{subject}/versions/{version}")
    VersionBody version(@PathVariable String subject, @PathVariable String version) {
        return VersionBody.of(find(subject, version));
    }

    @GetMapping("/{subject}/versions/{version}/schema")
    String rawSchema(@PathVariable String subject, @PathVariable String version) {
        return find(subject, version).schema();
    }

    @DeleteMapping("/{subject}")
    List<Integer> delete(@PathVariable String subject) {
        List<Integer> versions = registry.deleteSubject(subject).orElseThrow(() -> RegistryError.subjectNotFound(subject))
                .stream().map(SchemaVersion::version).toList();
        LOG.info("Deleted subject {} with versions {}", subject, versions);
        return versions;
    }

    private List<SchemaVersion> existing(String subject) {
        return registry.versions(subject).orElseThrow(() -> RegistryError.subjectNotFound(subject));
    }

    private SchemaVersion find(String subject, String version) {
        int number = VersionBody.parse(version);
        existing(subject);
        return registry.version(subject, number).orElseThrow(() -> RegistryError.versionNotFound(version));
    }
}
