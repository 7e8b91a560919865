package org.demandflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.contracts.access.Principal;
import org.demandflow.e2e.support.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The broker of the suite (as the local stack's) lets each principal do only what the access plan says:
 * nobody but order review writes the secrecy status, nobody unauthenticated gets in, operators read and
 * never write.
 */
class BrokerAccessTest {

    private static final String STATUS = "demand-secrecy-status";

    static Stack stack;

    @BeforeAll
    static void start() {
        stack = Stack.shared();
    }

    @ParameterizedTest
    @EnumSource(value = Principal.class, names = {"INTAKE_SERVICE", "NOTIFICATION_SERVICE", "CRM", "TICKETING", "OPS"})
    void no_principal_but_order_review_may_write_the_secrecy_status(Principal principal) {
        assertThat(sendFails(stack.clientOf(principal), STATUS)).isInstanceOf(refusal(principal));
    }

    @Test
    void a_service_may_not_write_another_services_topic() {
        assertThat(sendFails(stack.clientOf(Principal.ORDER_REVIEW_SERVICE), "demands"))
                .as("order review writing intake's demands").isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void a_client_without_credentials_cannot_connect_and_only_times_out() {
        Map<String, Object> anonymous = Map.of("bootstrap.servers", stack.bootstrapServers());

        assertThat(sendFails(anonymous, STATUS)).isInstanceOf(TimeoutException.class)
                .hasMessageContaining("not present in metadata");
    }

    @Test
    void a_wrong_password_is_refused_as_an_authentication_failure() {
        Map<String, Object> wrong = new HashMap<>(stack.identities.kafkaWithWrongPassword(Principal.OPS));
        wrong.put("bootstrap.servers", stack.bootstrapServers());

        assertThat(sendFails(wrong, STATUS)).isInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void operators_read_in_their_own_groups_only_and_write_nothing() {
        assertThat(sendFails(stack.clientOf(Principal.OPS), "customer-executives"))
                .isInstanceOf(refusal(Principal.OPS));
        assertThat(catchThrowable(() -> poll("ops-e2e-access"))).as("an ops-… group").isNull();
        assertThat(catchThrowable(() -> poll("notification-service"))).as("a service's group")
                .isInstanceOf(GroupAuthorizationException.class);
    }

    /**
     * How the broker refuses a write: at the topic; or, for a principal allowed to write no topic at all
     * ({@code ops}), already when the (idempotent) producer asks for its id, which needs a write somewhere.
     */
    private static Class<? extends Throwable> refusal(Principal principal) {
        return principal == Principal.OPS ? ClusterAuthorizationException.class : TopicAuthorizationException.class;
    }

    private static Throwable sendFails(Map<String, Object> client, String topic) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, "forged", "forged")).get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (KafkaException e) {
            // A refusal met before the send (the producer id) is thrown by send() itself, wrapped as "an error
            // state", when it comes before the send does.
            return e.getCause() instanceof AuthorizationException ? e.getCause() : e;
        } catch (Exception e) {
            return e;
        }
    }

    /** Polls the status topic as ops in {@code group} until a record arrives; throws what the consumer throws. */
    private static ConsumerRecords<String, byte[]> poll(String group) {
        Map<String, Object> config = new HashMap<>(stack.clientOf(Principal.OPS));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(STATUS));
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofSeconds(10));
            return records;
        }
    }
}
