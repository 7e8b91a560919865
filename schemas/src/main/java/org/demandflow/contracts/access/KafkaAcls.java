package org.demandflow.contracts.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The Kafka ACLs of the {@link AccessPlan}, for a broker whose authorizer denies what no ACL allows
 * ({@code allow.everyone.if.no.acl.found=false}): WRITE on a topic for its writer; READ on a topic and on
 * its consumer group(s) for each reader; for operators also DESCRIBE_CONFIGS on every topic and DESCRIBE
 * on every group (to see a service's lag). Creating them again changes nothing.
 */
public final class KafkaAcls {

    private static final String ANY_HOST = "*";

    private KafkaAcls() {
    }

    /** Every ALLOW binding of the plan, without duplicates. */
    public static List<AclBinding> bindings() {
        Set<AclBinding> bindings = new LinkedHashSet<>();
        for (TopicAccess row : AccessPlan.topics()) {
            bindings.add(allow(topic(row.topic()), row.writer(), AclOperation.WRITE));
            for (Reader reader : row.readers()) {
                bindings.add(allow(topic(row.topic()), reader.principal(), AclOperation.READ));
                bindings.add(allow(group(reader.group()), reader.principal(), AclOperation.READ));
            }
            bindings.add(allow(topic(row.topic()), Principal.OPS, AclOperation.DESCRIBE_CONFIGS));
        }
        bindings.add(allow(new ResourcePattern(ResourceType.GROUP, ResourcePattern.WILDCARD_RESOURCE,
                PatternType.LITERAL), Principal.OPS, AclOperation.DESCRIBE));
        return List.copyOf(bindings);
    }

    private static AclBinding allow(ResourcePattern resource, Principal principal, AclOperation operation) {
        return new AclBinding(resource, new AccessControlEntry(principal.kafkaPrincipal(), ANY_HOST, operation,
                AclPermissionType.ALLOW));
    }

    private static ResourcePattern topic(String name) {
        return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
    }

    private static ResourcePattern group(ConsumerGroup group) {
        return new ResourcePattern(ResourceType.GROUP, group.name(),
                group.prefixed() ? PatternType.PREFIXED : PatternType.LITERAL);
    }
}
