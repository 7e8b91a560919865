package org.demandflow.e2e.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.SecrecyStatusChanged;

/**
 * A customer known to notification-service and a demand of it whose review case is open: the starting point of
 * a test that then decides the case and watches who is told.
 */
public final class OpenDemands {

    private final Stack stack;
    private final Events events;

    /** {@code events} must read {@code demands} and {@code demand-secrecy-status}. */
    public OpenDemands(Stack stack, Events events) {
        this.stack = stack;
        this.events = events;
    }

    /**
     * Publishes the directory and waits until notification-service holds it (without it a notice finds nobody to
     * tell, and a test of who is told could not fail), submits a demand of that customer, and answers its id once
     * its review case published version 1 (PENDING_REVIEW).
     */
    public String of(CustomerExecutives directory) {
        String customer = directory.getCustomerId();
        events.send("customer-executives", customer, directory);
        await("directory of " + customer).atMost(Duration.ofSeconds(60)).until(() -> stack.databases.count(
                Databases.NOTIFICATION, "SELECT count(*) FROM customer_directory WHERE customer_id = '" + customer + "'") == 1);
        DemandSubmission submission = Demands.submission(customer);
        events.send("demand-submissions", submission.getSubmissionId(), submission);
        String demandId = events.await("demands", DemandReceived.class,
                d -> d.getSubmissionId().equals(submission.getSubmissionId())).getDemandId();
        events.await("demand-secrecy-status", SecrecyStatusChanged.class,
                s -> s.getDemandId().equals(demandId) && s.getVersion() == 1);
        return demandId;
    }
}
