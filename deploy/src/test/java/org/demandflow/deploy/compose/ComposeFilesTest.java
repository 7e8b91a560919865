package org.demandflow.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.acl.AclBinding;
import org.demandflow.contracts.access.KafkaAcls;
import org.demandflow.deploy.topics.TopicSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy/compose} is what {@link ComposeFiles} writes from the plan (so a plan change cannot leave it behind),
 * it says what the plan says (every Kafka user, topic and ACL binding), Compose accepts it offline
 * ({@code docker-compose config -q}, ../shared/STACK.md) and refuses it while a secret is unset.
 */
class ComposeFilesTest {

    private static final Path DIRECTORY = Path.of("compose");
    private static final String INSTALL = "docker-compose not found: run `.ci/tools` (as root), or apt-get install -y "
            + "--no-install-recommends docker-compose (or set DOCKER_COMPOSE to its path)";

    @Test
    void the_committed_files_are_what_the_plan_writes() throws IOException {
        Path written = Files.createDirectories(Path.of("target/compose-written"));
        for (Map.Entry<String, String> file : ComposeFiles.written().entrySet()) {
            Files.writeString(written.resolve(file.getKey()), file.getValue());
            assertThat(Files.readString(DIRECTORY.resolve(file.getKey())))
                    .as("deploy/compose/%s is stale: copy it from deploy/target/compose-written, or run java -cp "
                            + "\"deploy/target/deploy-*.jar:deploy/target/lib/*\" "
                            + "org.demandflow.deploy.compose.ComposeFiles deploy/compose", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void the_setup_creates_every_user_topic_and_acl_of_the_plan_on_three_replicas() {
        String setup = ComposeFiles.kafkaSetup();
        ComposeFiles.kafkaUsers().keySet().stream().filter(user -> !user.equals("admin")).forEach(user ->
                assertThat(setup).contains("--entity-name " + user + " --add-config"));
        for (TopicSpec topic : ComposeTopics.topics()) {
            assertThat(setup).contains("--topic " + topic.name() + " --partitions 3 --replication-factor 3");
        }
        for (AclBinding binding : KafkaAcls.bindings()) {
            assertThat(setup).contains("--allow-principal " + binding.entry().principal() + " --operation ");
            assertThat(setup).contains("'" + binding.pattern().name() + "'");
        }
        assertThat(setup.lines().filter(line -> line.contains("kafka-acls.sh"))).as("one line per binding")
                .hasSize(KafkaAcls.bindings().size() + 5);
    }

    @Test
    void compose_accepts_the_file_offline_with_its_secrets_set(@TempDir Path directory) throws Exception {
        Path copy = copyWithSecrets(directory, true);

        Result result = compose(copy, "config", "-q");

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void compose_refuses_the_file_while_a_secret_is_unset(@TempDir Path directory) throws Exception {
        Path copy = copyWithSecrets(directory, false);

        Result result = compose(copy, "config", "-q");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("set ");
    }

    @Test
    void every_service_is_healthchecked_and_waits_for_the_topics_and_its_database() {
        String compose = ComposeFiles.compose();
        for (ComposeFiles.Service service : ComposeFiles.SERVICES) {
            String block = compose.substring(compose.indexOf("\n  " + service.name() + ":\n"));
            block = block.substring(0, block.indexOf("retries:"));
            assertThat(block).contains("kafka-setup: {condition: service_completed_successfully}",
                    "postgres: {condition: service_healthy}", "/opt/demandflow/healthcheck",
                    "jdbc:postgresql://postgres:5432/" + service.database(), "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
        }
    }

    private static Path copyWithSecrets(Path directory, boolean withEnvironment) throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.toList()) {
                Files.copy(file, directory.resolve(file.getFileName()));
            }
        }
        for (String secret : List.of("registry-users.properties", "status-signing.key", "status-signing.pub")) {
            Files.writeString(directory.resolve(secret), "");
        }
        if (withEnvironment) {
            Files.writeString(directory.resolve(".env"), Files.readString(directory.resolve("env.example"))
                    .replace("change-me", "not-a-secret").replace("replace-with-kafka-storage-random-uuid",
                            "MkU3OEVBNTcwNTJENDM2Qk"));
        }
        return directory.resolve("docker-compose.yml");
    }

    record Result(int exitCode, String output) {
    }

    private static Result compose(Path file, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable().toString(), "-f", file.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(file.getParent().toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("KAFKA_") || name.startsWith("POSTGRES_"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static Path executable() {
        Optional<Path> found = Stream.concat(
                        Stream.ofNullable(System.getenv("DOCKER_COMPOSE")).filter(path -> !path.isBlank()).map(Path::of),
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                                .filter(directory -> !directory.isBlank())
                                .map(directory -> Path.of(directory, "docker-compose")))
                .filter(Files::isExecutable).findFirst();
        assertThat(found).as(INSTALL).isPresent();
        return found.get();
    }
}
