package org.demandflow.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The manifests of {@code deploy/k8s}, each document read into fabric8's or Strimzi's typed model (../shared/STACK.md
 * "Validating deployment files offline"): strictly, since fabric8 keeps an unknown field silently in
 * {@code additionalProperties}, so a reader fails on any such field anywhere in the tree.
 */
final class Manifests {

    static final Path ROOT = Path.of("k8s");
    private static final String STRIMZI = "kafka.strimzi.io/v1beta2";

    /** One document: its file, and the typed resource. */
    record Document(Path file, HasMetadata resource) {
    }

    private Manifests() {
    }

    static KubernetesSerialization serialization() {
        KubernetesSerialization serialization = new KubernetesSerialization();
        serialization.registerKubernetesResource(STRIMZI, "Kafka", Kafka.class);
        serialization.registerKubernetesResource(STRIMZI, "KafkaNodePool", KafkaNodePool.class);
        serialization.registerKubernetesResource(STRIMZI, "KafkaTopic", KafkaTopic.class);
        serialization.registerKubernetesResource(STRIMZI, "KafkaUser", KafkaUser.class);
        return serialization;
    }

    /** Every resource of every manifest under {@code deploy/k8s} but the kustomizations, in file order. */
    static List<Document> all() {
        KubernetesSerialization serialization = serialization();
        List<Document> documents = new ArrayList<>();
        for (Path file : files()) {
            for (String text : documents(file)) {
                Object resource = serialization.unmarshal(text);
                assertThat(resource).as("%s: a typed resource", file).isInstanceOf(HasMetadata.class);
                assertNoUnknownFields(resource, file + " " + ((HasMetadata) resource).getKind());
                documents.add(new Document(file, (HasMetadata) resource));
            }
        }
        return documents;
    }

    static List<Path> files() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> documents(Path file) {
        try {
            return Stream.of(Files.readString(file).split("(?m)^---\\s*$"))
                    .filter(text -> text.lines().anyMatch(line -> line.startsWith("kind:"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T extends HasMetadata> List<T> of(List<Document> documents, Class<T> kind) {
        return documents.stream().map(Document::resource).filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Fails on any non-empty {@code additionalProperties} of a model object in the tree. */
    static void assertNoUnknownFields(Object root, String where) {
        walk(root, where, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(Object node, String path, Set<Object> seen) {
        if (node == null || !seen.add(node)) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "." + key, seen));
            return;
        }
        String type = node.getClass().getName();
        if (!type.startsWith("io.fabric8.kubernetes.api.model") && !type.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                assertThat((Map<?, ?>) value).as("unknown fields at %s", path).isNullOrEmpty();
            } else {
                walk(value, path + "." + getter.getName().substring(3), seen);
            }
        }
    }
}
