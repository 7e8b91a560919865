package org.demandflow.deploy.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicPlanTest {

    private final List<TopicSpec> plan = TopicPlan.local();

    @Test
    void the_plan_holds_the_nine_contract_topics_and_the_eleven_dead_letter_topics() {
        assertThat(plan).extracting(TopicSpec::name).containsExactlyInAnyOrder(
                "demand-submissions", "demand-submission-rejections", "demands",
                "demand-secrecy-status", "customer-executives", "customer-notices",
                "demand-responses", "secrecy-orders", "agency-letters",
                "demand-submissions-dlt", "demands-dlt", "demands-notification-dlt", "demand-secrecy-status-dlt",
                "customer-executives-dlt", "demand-responses-dlt", "demands-transparency-dlt",
                "demand-secrecy-status-transparency-dlt", "demand-responses-transparency-dlt",
                "secrecy-orders-transparency-dlt", "customer-notices-transparency-dlt");
    }

    @Test
    void every_topic_has_three_partitions_on_the_single_local_broker() {
        assertThat(plan).allSatisfy(topic -> {
            NewTopic request = topic.toNewTopic();
            assertThat(request.numPartitions()).isEqualTo(3);
            assertThat(request.replicationFactor()).isEqualTo((short) 1);
        });
    }

    @Test
    void only_customer_executives_is_compacted_and_every_topic_states_its_cleanup_policy() {
        assertThat(plan).allSatisfy(topic -> assertThat(topic.toNewTopic().configs())
                .containsEntry("cleanup.policy", topic.name().equals("customer-executives") ? "compact" : "delete"));
    }

    @Test
    void the_records_of_record_are_kept_for_good_and_submissions_and_dead_letters_thirty_days() {
        Map<String, String> retention = plan.stream()
                .collect(Collectors.toMap(TopicSpec::name, topic -> topic.configs().get("retention.ms")));

        assertThat(retention).containsEntry("demand-secrecy-status", "-1").containsEntry("demands", "-1")
                .containsEntry("demand-responses", "-1").containsEntry("secrecy-orders", "-1")
                .containsEntry("customer-notices", "-1").containsEntry("agency-letters", "-1")
                .containsEntry("demand-submissions", "2592000000").containsEntry("demands-dlt", "2592000000");
    }
}
