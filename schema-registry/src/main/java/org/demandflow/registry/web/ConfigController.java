package org.demandflow.registry.web;

import java.util.Map;
import org.demandflow.registry.domain.CompatibilityLevel;
import org.demandflow.registry.domain.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Confluent's {@code /config} resources: the global and per-subject compatibility levels.
 * GET answers {@code {"compatibilityLevel": ...}}, PUT takes and answers {@code {"compatibility": ...}}.
 */
@RestController
@RequestMapping(path = "/config", produces = {RegistryMediaTypes.V1_JSON, RegistryMediaTypes.JSON, RegistryMediaTypes.PLAIN_JSON})
class ConfigController {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Registry registry;

    ConfigController(Registry registry) {
        this.registry = registry;
    }

    @GetMapping
    Map<String, String> globalLevel() {
        return Map.of("compatibilityLevel", registry.globalLevel().name());
    }

    @PutMapping
    Map<String, String> setGlobalLevel(@RequestBody(required = false) String body) {
        return set(null, body);
    }

    @GetMapping("/{subject}")
    Map<String, String> subjectLevel(@PathVariable String subject,
                                     @RequestParam(defaultValue = "false") boolean defaultToGlobal) {
        CompatibilityLevel level = defaultToGlobal ? registry.levelOf(subject)
                : registry.subjectLevel(subject).orElseThrow(() -> RegistryError.subjectLevelNotConfigured(subject));
        return Map.of("compatibilityLevel", level.name());
    }

    @PutMapping("/{subject}")
    Map<String, String> setSubjectLevel(@PathVariable String subject, @RequestBody(required = false) String body) {
        return set(subject, body);
    }

    private Map<String, String> set(String subject, String body) {
        String requested = requestedLevel(body);
        CompatibilityLevel level = CompatibilityLevel.named(requested).orElseThrow(() -> RegistryError.invalidLevel(requested));
        registry.setLevel(subject, level);
        LOG.info("Compatibility level of {} set to {}", subject == null ? "the registry" : "subject " + subject, level);
        return Map.of("compatibility", level.name());
    }

    private static String requestedLevel(String body) {
        try {
            Object level = JSON.readValue(body == null ? "" : body, Map.class).get("compatibility");
            return level == null ? null : level.toString();
        } catch (JacksonException e) {
            throw RegistryError.unreadableRequest("Unreadable request body: " + e.getOriginalMessage());
        }
    }
}
