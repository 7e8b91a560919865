package org.demandflow.contracts;

/**
 * The names of the contract topics as compile-time constants (for annotations such as
 * {@code @KafkaListener(topics = Topics.DEMAND_SUBMISSION_REJECTIONS)}); {@link Contract} names the same topics with
 * their schemas, keys and retention.
 */
public final class Topics {

    /** Written by upstream ticketing systems: {@code DemandSubmission}, key {@code submissionId}. */
    public static final String DEMAND_SUBMISSIONS = "demand-submissions";
    /** Written by intake-service: {@code SubmissionRejected}, key {@code submissionId}. */
    public static final String DEMAND_SUBMISSION_REJECTIONS = "demand-submission-rejections";
    /** Written by intake-service: {@code DemandReceived}, key {@code demandId}. */
    public static final String DEMANDS = "demands";
    /** Written by order-review-service: {@code SecrecyStatusChanged}, key {@code demandId}, signed. */
    public static final String DEMAND_SECRECY_STATUS = "demand-secrecy-status";
    /** Written by the CRM: {@code CustomerExecutives}, key {@code customerId}, compacted. */
    public static final String CUSTOMER_EXECUTIVES = "customer-executives";
    /** Written by notification-service: {@code CustomerNotice}, key {@code demandId}. */
    public static final String CUSTOMER_NOTICES = "customer-notices";
    /** Written by order-review-service: {@code DemandResponseChanged}, key {@code demandId}. */
    public static final String DEMAND_RESPONSES = "demand-responses";
    /** Written by order-review-service: {@code SecrecyOrderChanged}, key {@code demandId}. */
    public static final String SECRECY_ORDERS = "secrecy-orders";
    /** Written by notification-service: {@code AgencyLetter}, key {@code demandId}. */
    public static final String AGENCY_LETTERS = "agency-letters";

    private Topics() {
    }
}
