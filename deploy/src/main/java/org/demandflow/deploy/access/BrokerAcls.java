package org.demandflow.deploy.access;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the broker's ACLs exactly a plan's: creates the missing ones and deletes any other, so applying
 * the same plan again changes nothing and a rule removed from the plan is gone at the next start.
 */
public final class BrokerAcls {

    private static final Logger log = LoggerFactory.getLogger(BrokerAcls.class);

    private static final Duration IN_FORCE_WITHIN = Duration.ofSeconds(30);

    private final Admin admin;

    public BrokerAcls(Admin admin) {
        this.admin = admin;
    }

    /** Applies {@code plan}; answers how many bindings were created and deleted. */
    public Change apply(Collection<AclBinding> plan) throws InterruptedException, ExecutionException {
        Set<AclBinding> wanted = new HashSet<>(plan);
        Collection<AclBinding> present = admin.describeAcls(AclBindingFilter.ANY).values().get();
        List<AclBinding> missing = wanted.stream().filter(b -> !present.contains(b)).toList();
        List<AclBindingFilter> extra = present.stream().filter(b -> !wanted.contains(b)).map(AclBinding::toFilter)
                .toList();
        if (!missing.isEmpty()) {
            admin.createAcls(missing).all().get();
        }
        if (!extra.isEmpty()) {
            admin.deleteAcls(extra).all().get();
        }
        awaitInForce(wanted);
        Change change = new Change(missing.size(), extra.size(), wanted.size());
        log.info("ACLs: {} created, {} deleted, {} in the plan", change.created(), change.deleted(), change.total());
        return change;
    }

    /**
     * Waits until the broker answers with exactly {@code wanted}. The controller commits a change before the
     * broker's authorizer has applied it, and a client let in right after the commit (the demo seeder) could
     * still be refused; the broker answers a describe from its authorizer, so once it shows the plan, the plan
     * is in force.
     */
    private void awaitInForce(Set<AclBinding> wanted) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + IN_FORCE_WITHIN.toNanos();
        while (!new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get()).equals(wanted)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the broker did not show the ACL plan within " + IN_FORCE_WITHIN);
            }
            Thread.sleep(100);
        }
    }

    /** What {@link #apply} changed. */
    public record Change(int created, int deleted, int total) {
    }
}
