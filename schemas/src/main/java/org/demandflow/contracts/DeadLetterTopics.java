package org.demandflow.contracts;

import java.util.List;

/**
 * Dead-letter topics, one per consuming group and topic: where each consumer sends the records it cannot decode or handle,
 * with the original key and bytes and the error in headers.
 */
public final class DeadLetterTopics {

    public static final String DEMAND_SUBMISSIONS = "demand-submissions-dlt";
    public static final String DEMANDS = "demands-dlt";
    public static final String DEMANDS_FOR_NOTIFICATION = "demands-notification-dlt";
    public static final String DEMAND_SECRECY_STATUS = "demand-secrecy-status-dlt";
    public static final String CUSTOMER_EXECUTIVES = "customer-executives-dlt";
    /** notification-service's consumer of {@code demand-responses}. */
    public static final String DEMAND_RESPONSES = "demand-responses-dlt";

    public static final List<String> ALL =
            List.of(DEMAND_SUBMISSIONS, DEMANDS, DEMANDS_FOR_NOTIFICATION, DEMAND_SECRECY_STATUS,
            CUSTOMER_EXECUTIVES, DEMAND_RESPONSES);

    private DeadLetterTopics() {
    }
}
