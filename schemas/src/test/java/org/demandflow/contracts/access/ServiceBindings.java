package org.demandflow.contracts.access;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * What a service's {@code application.yml} (read from its module in this repository) says it consumes and
 * dead-letters: each input binding's destination and group, and each {@code dlq-name}.
 *
 * @param service      the service's principal ({@code spring.application.name})
 * @param inputs       each input binding's destination and group
 * @param deadLetters  the dead-letter topics its bindings name
 */
record ServiceBindings(Principal service, List<Input> inputs, List<String> deadLetters) {

    /** One input binding. */
    record Input(String destination, String group) {
    }

    static List<ServiceBindings> ofAllServices() throws IOException {
        List<ServiceBindings> all = new ArrayList<>();
        for (String module : List.of("intake-service", "order-review-service", "notification-service",
                "transparency-service")) {
            all.add(read(Path.of("..", module, "src/main/resources/application.yml")));
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static ServiceBindings read(Path file) throws IOException {
        Map<String, Object> spring;
        try (Reader in = Files.newBufferedReader(file)) {
            // the first document: the one without a profile
            Object first = new Yaml().loadAll(in).iterator().next();
            spring = (Map<String, Object>) ((Map<String, Object>) first).get("spring");
        }
        String name = (String) at(spring, "application").get("name");
        Map<String, Object> stream = at(at(spring, "cloud"), "stream");
        List<Input> inputs = new ArrayList<>();
        at(stream, "bindings").values().forEach(b -> inputs.add(new Input((String) ((Map<String, Object>) b)
                .get("destination"), (String) ((Map<String, Object>) b).get("group"))));
        List<String> deadLetters = new ArrayList<>();
        at(at(stream, "kafka"), "bindings").values().forEach(b -> deadLetters.add((String) at(
                (Map<String, Object>) b, "consumer").get("dlq-name")));
        return new ServiceBindings(Principal.named(name), inputs, deadLetters);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }
}
