package org.demandflow.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.demandflow.contracts.access.AccessPlan;
import org.demandflow.contracts.access.TopicAccess;
import org.demandflow.deploy.topics.TopicPlan;
import org.demandflow.deploy.topics.TopicSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/k8s} read into typed objects (fabric8 and Strimzi, strictly: {@link Manifests}) and checked against
 * the code: the generated files are what the plan writes, a KafkaTopic for every topic of the plan, exactly one
 * writer per topic and it is the plan's, probes on the Actuator paths the services expose, images and ports that
 * match the modules, autoscaling bounded by the partitions, every selector and every referenced configuration key
 * resolving, and the overlays patching what exists.
 */
class KubernetesManifestsTest {

    /** Every manifest, overlays too (all read strictly). */
    private static List<Manifests.Document> all;
    /** The base: what the checks against the code look at. */
    private static List<Manifests.Document> documents;

    @BeforeAll
    static void read() {
        all = Manifests.all();
        documents = all.stream().filter(document -> document.file().startsWith(Manifests.ROOT.resolve("base")))
                .toList();
    }

    @Test
    void the_generated_manifests_are_what_the_plan_writes() throws IOException {
        Path written = Files.createDirectories(Path.of("target/k8s-written"));
        for (Map.Entry<String, String> file : KubernetesFiles.written().entrySet()) {
            Files.writeString(written.resolve(file.getKey()), file.getValue());
            assertThat(Files.readString(Manifests.ROOT.resolve("base").resolve(file.getKey())))
                    .as("deploy/k8s/base/%s is stale: copy it from deploy/target/k8s-written", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void every_topic_of_the_plan_has_a_kafka_topic_with_its_partitions_on_three_replicas() {
        Map<String, KafkaTopic> topics = Manifests.of(documents, KafkaTopic.class).stream()
                .collect(Collectors.toMap(topic -> topic.getMetadata().getName(), topic -> topic));
        for (TopicSpec planned : TopicPlan.local()) {
            assertThat(topics).as("a KafkaTopic for %s", planned.name()).containsKey(planned.name());
            KafkaTopic topic = topics.get(planned.name());
            assertThat(topic.getSpec().getPartitions()).isEqualTo(planned.partitions());
            assertThat(topic.getSpec().getReplicas()).isEqualTo(3);
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "demandflow");
            planned.configs().forEach((name, value) ->
                    assertThat(String.valueOf(topic.getSpec().getConfig().get(name))).as(name).isEqualTo(value));
        }
        assertThat(topics).hasSize(TopicPlan.local().size());
    }

    @Test
    void each_topic_has_exactly_one_writer_and_it_is_the_plans() {
        List<KafkaUser> users = Manifests.of(documents, KafkaUser.class);
        for (TopicAccess access : AccessPlan.topics()) {
            List<String> writers = users.stream().filter(user -> rules(user).stream().anyMatch(rule ->
                            rule.getResource() instanceof AclRuleTopicResource topic
                                    && topic.getName().equals(access.topic())
                                    && rule.getOperations().contains(AclOperation.WRITE)))
                    .map(user -> user.getMetadata().getName()).toList();
            assertThat(writers).as("writers of %s", access.topic()).containsExactly(access.writer().userName());
        }
        assertThat(users).allSatisfy(user ->
                assertThat(user.getSpec().getAuthentication().getType()).isEqualTo("scram-sha-512"));
    }

    @Test
    void deployments_run_the_modules_images_on_their_ports_with_probes_on_paths_that_exist() throws IOException {
        String baseline = Files.readString(Path.of("../service-support/src/main/resources/demandflow/baseline.yml"));
        assertThat(baseline).as("the liveness and readiness groups are on").containsPattern(
                "health:\\s*\\n\\s*probes:\\s*\\n\\s*enabled: true");
        String security = Files.readString(Path.of("../service-support/src/main/java/org/demandflow/support/security/"
                + "ApiSecurityAutoConfiguration.java"));
        assertThat(security).as("the probes are open without a token").contains("\"/actuator/health/**\"");
        List<Deployment> deployments = Manifests.of(documents, Deployment.class);
        assertThat(deployments).extracting(deployment -> deployment.getMetadata().getName())
                .containsExactlyElementsOf(KubernetesFiles.WORKLOADS.stream().map(KubernetesFiles.Workload::name)
                        .toList());
        for (Deployment deployment : deployments) {
            String module = deployment.getMetadata().getName();
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(container.getImage()).startsWith("demandflow/" + module + ":");
            assertThat(container.getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getName()).isEqualTo("http");
                assertThat(port.getContainerPort()).as(module + " server.port").isEqualTo(serverPort(module));
            });
            for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe(),
                    container.getReadinessProbe())) {
                HTTPGetAction get = probe.getHttpGet();
                assertThat(get.getPath()).isIn("/actuator/health/liveness", "/actuator/health/readiness");
                assertThat(get.getPort().getStrVal()).isEqualTo("http");
            }
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(container.getResources().getLimits()).containsKey("memory");
            assertThat(container.getEnv()).extracting(EnvVar::getName).doesNotHaveDuplicates();
            assertThat(container.getEnv()).as("secrets by reference, never a value").noneMatch(variable ->
                    variable.getName().contains("PASSWORD") && variable.getValue() != null);
        }
    }

    @Test
    void autoscaling_stops_at_the_partition_count_and_every_selector_finds_its_pods() {
        Set<String> deployments = Manifests.of(documents, Deployment.class).stream()
                .map(deployment -> deployment.getMetadata().getName()).collect(Collectors.toSet());
        for (HorizontalPodAutoscaler autoscaler : Manifests.of(documents, HorizontalPodAutoscaler.class)) {
            assertThat(autoscaler.getSpec().getMaxReplicas()).isLessThanOrEqualTo(TopicPlan.PARTITIONS);
            assertThat(deployments).contains(autoscaler.getSpec().getScaleTargetRef().getName());
        }
        for (PodDisruptionBudget budget : Manifests.of(documents, PodDisruptionBudget.class)) {
            assertThat(deployments).contains(budget.getSpec().getSelector().getMatchLabels()
                    .get("app.kubernetes.io/name"));
        }
        for (NetworkPolicy policy : Manifests.of(documents, NetworkPolicy.class)) {
            assertThat(deployments).contains(policy.getSpec().getPodSelector().getMatchLabels()
                    .get("app.kubernetes.io/name"));
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        }
        assertThat(Manifests.of(documents, PodDisruptionBudget.class)).hasSize(deployments.size());
        assertThat(Manifests.of(documents, NetworkPolicy.class)).hasSize(deployments.size());
    }

    @Test
    void every_configuration_key_the_deployments_read_is_in_the_config_map() {
        ConfigMap config = Manifests.of(documents, ConfigMap.class).stream()
                .filter(map -> map.getMetadata().getName().equals("demandflow")).findFirst().orElseThrow();
        for (Deployment deployment : Manifests.of(documents, Deployment.class)) {
            for (EnvVar variable : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
                    assertThat(config.getData()).as(variable.getName())
                            .containsKey(variable.getValueFrom().getConfigMapKeyRef().getKey());
                }
            }
        }
    }

    @Test
    void the_kustomizations_name_files_that_exist_and_the_overlay_patches_existing_containers() throws IOException {
        for (Path kustomization : List.of(Manifests.ROOT.resolve("base/kustomization.yaml"),
                Manifests.ROOT.resolve("overlays/production/kustomization.yaml"))) {
            Matcher entry = Pattern.compile("(?m)^\\s+-\\s+(?:path:\\s+)?([\\w./-]+\\.yaml|\\.\\./\\.\\./base)$")
                    .matcher(Files.readString(kustomization));
            int found = 0;
            while (entry.find()) {
                found++;
                assertThat(kustomization.getParent().resolve(entry.group(1))).as(kustomization + " names").exists();
            }
            assertThat(found).isPositive();
        }
        List<Deployment> base = Manifests.of(documents, Deployment.class).stream()
                .filter(deployment -> deployment.getSpec().getSelector() != null).toList();
        for (Manifests.Document patch : all.stream()
                .filter(document -> document.file().startsWith(Manifests.ROOT.resolve("overlays"))).toList()) {
            Deployment patched = (Deployment) patch.resource();
            Deployment original = base.stream().filter(deployment -> deployment.getMetadata().getName()
                    .equals(patched.getMetadata().getName())).findFirst().orElseThrow();
            assertThat(patched.getSpec().getReplicas()).isLessThanOrEqualTo(TopicPlan.PARTITIONS);
            assertThat(patched.getSpec().getTemplate().getSpec().getContainers().get(0).getName())
                    .isEqualTo(original.getSpec().getTemplate().getSpec().getContainers().get(0).getName());
        }
    }

    @Test
    void the_reader_fails_on_a_misspelt_field_anywhere_in_a_manifest() {
        Object deployment = Manifests.serialization().unmarshal("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: typo}
                spec:
                  replica: 2
                """);
        Object user = Manifests.serialization().unmarshal("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata: {name: typo}
                spec:
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: demands, patternType: literal}
                        operations: [Read]
                        hosts: "*"
                """);

        assertThatThrownBy(() -> Manifests.assertNoUnknownFields(deployment, "deployment"))
                .hasMessageContaining("unknown fields at deployment.Spec");
        assertThatThrownBy(() -> Manifests.assertNoUnknownFields(user, "user")).hasMessageContaining("hosts");
    }

    private static List<AclRule> rules(KafkaUser user) {
        return ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
    }

    /** The module's {@code server.port} from its application settings. */
    private static int serverPort(String module) throws IOException {
        Path settings = module.equals("authorization-server")
                ? Path.of("../authorization-server/src/main/resources/authorization-server.yml")
                : Path.of("../" + module + "/src/main/resources/application.yml");
        Matcher port = Pattern.compile("(?m)^server:\\s*\\n(?:\\s+.*\\n)*?\\s+port:\\s*(\\d+)")
                .matcher(Files.readString(settings));
        assertThat(port.find()).as("server.port in " + settings).isTrue();
        return Integer.parseInt(port.group(1));
    }
}
