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

    /** transparency-service's consumers of its five source topics. */
    public static final String DEMANDS_FOR_TRANSPARENCY = "demands-transparency-dlt";
    public static final String DEMAND_SECRECY_STATUS_FOR_TRANSPARENCY = "demand-secrecy-status-transparency-dlt";
    public static final String DEMAND_RESPONSES_FOR_TRANSPARENCY = "demand-responses-transparency-dlt";
    public static final String SECRECY_ORDERS_FOR_TRANSPARENCY = "secrecy-orders-transparency-dlt";
    public static final String CUSTOMER_NOTICES_FOR_TRANSPARENCY = "customer-notices-transparency-dlt";

    public static final List<String> ALL =
            List.of(DEMAND_SUBMISSIONS, DEMANDS, DEMANDS_FOR_NOTIFICATION, DEMAND_SECRECY_STATUS,
            CUSTOMER_EXECUTIVES, DEMAND_RESPONSES, DEMANDS_FOR_TRANSPARENCY, DEMAND_SECRECY_STATUS_FOR_TRANSPARENCY,
            DEMAND_RESPONSES_FOR_TRANSPARENCY, SECRECY_ORDERS_FOR_TRANSPARENCY, CUSTOMER_NOTICES_FOR_TRANSPARENCY);

    private DeadLetterTopics() {
    }
}
