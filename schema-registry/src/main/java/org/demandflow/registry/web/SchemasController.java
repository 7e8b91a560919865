package org.demandflow.registry.web;

import java.util.List;
import java.util.Map;
import org.demandflow.registry.domain.Registry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Confluent's {@code /schemas} resources: schemas by global id and the supported types. */
@RestController
@RequestMapping(path = "/schemas", produces = {RegistryMediaTypes.V1_JSON, RegistryMediaTypes.JSON, RegistryMediaTypes.PLAIN_JSON})
class SchemasController {

    private final Registry registry;

    SchemasController(Registry registry) {
        this.registry = registry;
    }

    /** A subject and version that use a schema. */
    record SubjectVersion(String subject, int version) {
    }

    @GetMapping("/ids/{id}")
    Map<String, String> schema(@PathVariable int id) {
        return Map.of("schema", rawSchema(id));
    }

    @GetMapping("/ids/{id}/schema")
    String rawSchema(@PathVariable int id) {
        return registry.schema(id).orElseThrow(() -> RegistryError.schemaNotFound("Schema " + id));
    }

    @GetMapping("/ids/{id}/versions")
    List<SubjectVersion> versions(@PathVariable int id) {
        rawSchema(id);
        return registry.usesOf(id).stream().map(v -> new SubjectVersion(v.subject(), v.version())).toList();
    }

    @GetMapping("/types")
    List<String> types() {
        return List.of(registry.schemaType());
    }
}
