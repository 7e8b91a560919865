package org.demandflow.registry.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demandflow.registry.domain.Registry;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Confluent's compatibility test: may this schema follow that version under the subject's level? */
@RestController
@RequestMapping(path = "/compatibility", produces = {RegistryMediaTypes.V1_JSON, RegistryMediaTypes.JSON, RegistryMediaTypes.PLAIN_JSON})
class CompatibilityController {

    private final Registry registry;

    CompatibilityController(Registry registry) {
        this.registry = registry;
    }

    @PostMapping("/subjects/{subject}/versions/{version}")
    Map<String, Object> check(@PathVariable String subject, @PathVariable String version,
                              @RequestParam(defaultValue = "false") boolean verbose,
                              @RequestBody(required = false) String body) {
        String schema = SchemaRequest.parse(body, registry.schemaType()).schema();
        int number = VersionBody.parse(version);
        registry.versions(subject).orElseThrow(() -> RegistryError.subjectNotFound(subject));
        List<String> reasons = registry.incompatibilities(subject, number, schema)
                .orElseThrow(() -> RegistryError.versionNotFound(version));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("is_compatible", reasons.isEmpty());
        if (verbose) {
            answer.put("messages", reasons);
        }
        return answer;
    }
}
