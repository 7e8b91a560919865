package org.demandflow.contracts.access;

import static org.demandflow.contracts.access.Principal.CRM;
import static org.demandflow.contracts.access.Principal.INTAKE_SERVICE;
import static org.demandflow.contracts.access.Principal.NOTIFICATION_SERVICE;
import static org.demandflow.contracts.access.Principal.OPS;
import static org.demandflow.contracts.access.Principal.ORDER_REVIEW_SERVICE;
import static org.demandflow.contracts.access.Principal.TICKETING;
import static org.demandflow.contracts.access.Principal.TRANSPARENCY_SERVICE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.DeadLetterTopics;

/**
 * The one access table of Demandflow's topics: for each contract topic and each dead-letter topic, its
 * one writer and its readers with their consumer groups. The broker's ACLs are generated from it
 * ({@link KafkaAcls}) by the local stack and the end-to-end suite alike. Operators ({@link Principal#OPS})
 * read every topic in groups named {@value #OPS_GROUP_PREFIX}…; a service's group is its module's name.
 * No transactional ids are used (the outboxes send with idempotent, non-transactional producers).
 */
public final class AccessPlan {

    /** The prefix of every consumer group operators read in. */
    public static final String OPS_GROUP_PREFIX = "ops-";
    /** The prefix of the ticketing systems' consumer groups. */
    public static final String TICKETING_GROUP_PREFIX = "ticketing-";

    private static final List<TopicAccess> TABLE = List.of(
            topic(Contract.DEMAND_SUBMISSIONS.topic(), TICKETING, service(INTAKE_SERVICE)),
            topic(Contract.DEMAND_SUBMISSION_REJECTIONS.topic(), INTAKE_SERVICE, ticketing()),
            // transparency-service reads the five topics its report is built from (DESIGN.md "Transparency report");
            // a ticketing system reads back the demand ids of its submissions and the notices (issue 18's users)
            topic(Contract.DEMANDS.topic(), INTAKE_SERVICE, service(ORDER_REVIEW_SERVICE), service(NOTIFICATION_SERVICE),
                    service(TRANSPARENCY_SERVICE), ticketing()),
            // order-review and notification-service read back their own topics after a restore of their database
            // (deploy/RUNBOOK.md, "Restoring a service database"), with consumers that join no group
            topic(Contract.DEMAND_SECRECY_STATUS.topic(), ORDER_REVIEW_SERVICE, service(NOTIFICATION_SERVICE),
                    service(TRANSPARENCY_SERVICE), service(ORDER_REVIEW_SERVICE)),
            topic(Contract.CUSTOMER_EXECUTIVES.topic(), CRM, service(NOTIFICATION_SERVICE)),
            topic(Contract.CUSTOMER_NOTICES.topic(), NOTIFICATION_SERVICE, service(TRANSPARENCY_SERVICE), ticketing(),
                    service(NOTIFICATION_SERVICE)),
            // notification-service sends the letters to the requester and the customers' follow-up notices that
            // the response track calls for (DESIGN.md "The response: redirect first")
            topic(Contract.DEMAND_RESPONSES.topic(), ORDER_REVIEW_SERVICE, service(NOTIFICATION_SERVICE),
                    service(TRANSPARENCY_SERVICE)),
            topic(Contract.SECRECY_ORDERS.topic(), ORDER_REVIEW_SERVICE, service(TRANSPARENCY_SERVICE)),
            topic(Contract.AGENCY_LETTERS.topic(), NOTIFICATION_SERVICE, service(NOTIFICATION_SERVICE)),
            topic(DeadLetterTopics.DEMAND_SUBMISSIONS, INTAKE_SERVICE),
            topic(DeadLetterTopics.DEMANDS, ORDER_REVIEW_SERVICE),
            topic(DeadLetterTopics.DEMANDS_FOR_NOTIFICATION, NOTIFICATION_SERVICE),
            topic(DeadLetterTopics.DEMAND_SECRECY_STATUS, NOTIFICATION_SERVICE),
            topic(DeadLetterTopics.CUSTOMER_EXECUTIVES, NOTIFICATION_SERVICE),
            topic(DeadLetterTopics.DEMAND_RESPONSES, NOTIFICATION_SERVICE),
            topic(DeadLetterTopics.DEMANDS_FOR_TRANSPARENCY, TRANSPARENCY_SERVICE),
            topic(DeadLetterTopics.DEMAND_SECRECY_STATUS_FOR_TRANSPARENCY, TRANSPARENCY_SERVICE),
            topic(DeadLetterTopics.DEMAND_RESPONSES_FOR_TRANSPARENCY, TRANSPARENCY_SERVICE),
            topic(DeadLetterTopics.SECRECY_ORDERS_FOR_TRANSPARENCY, TRANSPARENCY_SERVICE),
            topic(DeadLetterTopics.CUSTOMER_NOTICES_FOR_TRANSPARENCY, TRANSPARENCY_SERVICE));

    private AccessPlan() {
    }

    /** Every topic with its writer and readers, contract topics first. */
    public static List<TopicAccess> topics() {
        return TABLE;
    }

    /** The row of one topic. */
    public static TopicAccess of(String topic) {
        return TABLE.stream().filter(row -> row.topic().equals(topic)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no access rule for topic " + topic));
    }

    /** The topics {@code principal} writes. */
    public static List<String> writtenBy(Principal principal) {
        return TABLE.stream().filter(row -> row.writer() == principal).map(TopicAccess::topic).toList();
    }

    private static TopicAccess topic(String name, Principal writer, Reader... readers) {
        List<Reader> all = new ArrayList<>(List.of(readers));
        all.add(new Reader(OPS, ConsumerGroup.startingWith(OPS_GROUP_PREFIX)));
        return new TopicAccess(name, writer, all);
    }

    /** A service reads in the group named after itself, as its bindings' {@code group} says. */
    /** A ticketing system, in consumer groups named {@code ticketing-…}. */
    private static Reader ticketing() {
        return new Reader(TICKETING, ConsumerGroup.startingWith(TICKETING_GROUP_PREFIX));
    }

    private static Reader service(Principal service) {
        return new Reader(service, ConsumerGroup.named(service.userName()));
    }

    /** The principals that have a Kafka identity, in declaration order. */
    public static List<Principal> kafkaUsers() {
        return Stream.of(Principal.values()).filter(Principal::kafkaUser).toList();
    }
}
