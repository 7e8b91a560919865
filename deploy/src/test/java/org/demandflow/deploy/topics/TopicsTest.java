package org.demandflow.deploy.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

@EmbeddedKafka
class TopicsTest {

    @Test
    void the_plan_is_created_on_a_real_broker_once_and_a_second_run_creates_nothing(EmbeddedKafkaBroker broker)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            Topics topics = new Topics(admin);

            assertThat(topics.ensure(TopicPlan.local())).hasSize(TopicPlan.local().size());
            assertThat(topics.ensure(TopicPlan.local())).isEmpty();

            TopicDescription executives = admin.describeTopics(List.of("customer-executives"))
                    .allTopicNames().get().get("customer-executives");
            assertThat(executives.partitions()).hasSize(3);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "customer-executives");
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            ConfigResource statuses = new ConfigResource(ConfigResource.Type.TOPIC, "demand-secrecy-status");
            assertThat(admin.describeConfigs(List.of(statuses)).all().get().get(statuses).get("retention.ms").value())
                    .as("the statuses outlast every secrecy order").isEqualTo("-1");
        }
    }
}
