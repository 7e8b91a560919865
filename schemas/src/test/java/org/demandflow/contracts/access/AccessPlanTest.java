package org.demandflow.contracts.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.DeadLetterTopics;
import org.junit.jupiter.api.Test;

/** The access table agrees with the contracts and with what the services are configured to consume. */
class AccessPlanTest {

    /** The writers DESIGN.md "Topics and contracts" and the README's topic table document. */
    private static final Map<Contract, Principal> DOCUMENTED_WRITERS = Map.of(
            Contract.DEMAND_SUBMISSIONS, Principal.TICKETING,
            Contract.DEMAND_SUBMISSION_REJECTIONS, Principal.INTAKE_SERVICE,
            Contract.DEMANDS, Principal.INTAKE_SERVICE,
            Contract.DEMAND_SECRECY_STATUS, Principal.ORDER_REVIEW_SERVICE,
            Contract.CUSTOMER_EXECUTIVES, Principal.CRM,
            Contract.CUSTOMER_NOTICES, Principal.NOTIFICATION_SERVICE,
            Contract.DEMAND_RESPONSES, Principal.ORDER_REVIEW_SERVICE,
            Contract.SECRECY_ORDERS, Principal.ORDER_REVIEW_SERVICE,
            Contract.AGENCY_LETTERS, Principal.NOTIFICATION_SERVICE);

    /**
     * The readers besides operators that DESIGN.md names: those of its data flow, and notification-service on
     * {@code demand-responses}, as it sends the letters to the requester and the follow-up notices the response
     * track calls for ("The response: redirect first"); transparency-service on the five topics its report is built
     * from ("Transparency report"); the ticketing systems on what they read back (issue 18: rejections, demand ids,
     * notices); order-review and notification-service on their own topics (and notification-service on
     * {@code agency-letters}, else unread), read back after a restore of their database (deploy/RUNBOOK.md,
     * "Restoring a service database").
     */
    private static final Map<Contract, Set<Principal>> DOCUMENTED_READERS = Map.of(
            Contract.DEMAND_SUBMISSIONS, Set.of(Principal.INTAKE_SERVICE),
            Contract.DEMAND_SUBMISSION_REJECTIONS, Set.of(Principal.TICKETING),
            Contract.DEMANDS, Set.of(Principal.ORDER_REVIEW_SERVICE, Principal.NOTIFICATION_SERVICE,
                    Principal.TRANSPARENCY_SERVICE, Principal.TICKETING),
            Contract.DEMAND_SECRECY_STATUS, Set.of(Principal.NOTIFICATION_SERVICE, Principal.TRANSPARENCY_SERVICE,
                    Principal.ORDER_REVIEW_SERVICE),
            Contract.CUSTOMER_EXECUTIVES, Set.of(Principal.NOTIFICATION_SERVICE),
            Contract.CUSTOMER_NOTICES, Set.of(Principal.TRANSPARENCY_SERVICE, Principal.TICKETING,
                    Principal.NOTIFICATION_SERVICE),
            Contract.DEMAND_RESPONSES, Set.of(Principal.NOTIFICATION_SERVICE, Principal.TRANSPARENCY_SERVICE),
            Contract.SECRECY_ORDERS, Set.of(Principal.TRANSPARENCY_SERVICE),
            Contract.AGENCY_LETTERS, Set.of(Principal.NOTIFICATION_SERVICE));

    @Test
    void every_contract_topic_has_exactly_its_documented_writer() {
        for (Contract contract : Contract.values()) {
            assertThat(writersOf(contract.topic())).as(contract.topic())
                    .containsExactly(DOCUMENTED_WRITERS.get(contract).kafkaPrincipal());
        }
    }

    @Test
    void every_contract_topic_is_read_by_operators_and_exactly_its_documented_readers() {
        for (Contract contract : Contract.values()) {
            Set<Principal> expected = new HashSet<>(DOCUMENTED_READERS.get(contract));
            expected.add(Principal.OPS);

            assertThat(AccessPlan.of(contract.topic()).readers()).as(contract.topic())
                    .extracting(Reader::principal).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void nothing_but_order_review_can_write_the_secrecy_status() {
        assertThat(writersOf(Contract.DEMAND_SECRECY_STATUS.topic())).containsExactly("User:order-review-service");
        assertThat(KafkaAcls.bindings()).noneMatch(b -> b.entry().principal().endsWith(":*"));
    }

    @Test
    void the_table_holds_every_contract_and_dead_letter_topic_and_nothing_else() {
        Set<String> expected = Stream.concat(Stream.of(Contract.values()).map(Contract::topic),
                DeadLetterTopics.ALL.stream()).collect(Collectors.toSet());

        assertThat(AccessPlan.topics()).extracting(TopicAccess::topic).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * From the bindings to the table, not back: a reader the table allows need not bind, and a topic nobody binds
     * ({@code agency-letters}: read by operators only) has nothing to check here.
     */
    @Test
    void every_input_binding_of_every_service_reads_in_a_group_the_table_allows() throws IOException {
        for (ServiceBindings service : ServiceBindings.ofAllServices()) {
            for (ServiceBindings.Input input : service.inputs()) {
                assertThat(AccessPlan.of(input.destination()).readableBy(service.service(), input.group()))
                        .as("%s reads %s in group %s", service.service(), input.destination(), input.group()).isTrue();
            }
        }
    }

    @Test
    void every_dead_letter_topic_a_service_names_is_written_by_that_service() throws IOException {
        for (ServiceBindings service : ServiceBindings.ofAllServices()) {
            assertThat(service.deadLetters()).as(service.service().userName())
                    .isNotEmpty().allSatisfy(topic -> assertThat(writersOf(topic))
                            .containsExactly(service.service().kafkaPrincipal()));
        }
    }

    @Test
    void operators_read_every_topic_in_their_own_groups_and_write_nothing() {
        assertThat(AccessPlan.topics()).allMatch(row -> row.readableBy(Principal.OPS, "ops-console"))
                .noneMatch(row -> row.readableBy(Principal.OPS, "notification-service"));
        assertThat(KafkaAcls.bindings()).filteredOn(b -> b.entry().principal().equals("User:ops"))
                .extracting(b -> b.entry().operation())
                .containsOnly(AclOperation.READ, AclOperation.DESCRIBE_CONFIGS, AclOperation.DESCRIBE);
    }

    @Test
    void no_acl_names_a_principal_outside_the_plan_or_the_super_user() {
        Set<String> known = AccessPlan.kafkaUsers().stream().filter(p -> p != Principal.ADMIN)
                .map(Principal::kafkaPrincipal).collect(Collectors.toSet());

        assertThat(KafkaAcls.bindings()).extracting(b -> b.entry().principal()).allMatch(known::contains);
    }

    /** Every principal an ACL lets write (or do anything) on {@code topic}, however the resource is named. */
    private static List<String> writersOf(String topic) {
        return KafkaAcls.bindings().stream()
                .filter(b -> b.pattern().resourceType() == ResourceType.TOPIC && matches(b.pattern(), topic))
                .filter(b -> b.entry().operation() == AclOperation.WRITE || b.entry().operation() == AclOperation.ALL)
                .map(AclBinding::entry).map(e -> e.principal()).distinct().toList();
    }

    private static boolean matches(ResourcePattern pattern, String topic) {
        return pattern.name().equals(ResourcePattern.WILDCARD_RESOURCE)
                || (pattern.patternType() == PatternType.PREFIXED ? topic.startsWith(pattern.name())
                : pattern.name().equals(topic));
    }
}
