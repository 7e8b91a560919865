package org.demandflow.e2e.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demandflow.e2e.support.RestClient.Answer;
import tools.jackson.databind.JsonNode;

/**
 * The order review REST API as a legal reviewer uses it. Recording an order answers its id even when the order
 * needed a second reviewer (safety rule 10): {@code reviewer2} approves it first.
 */
public final class ReviewApi {

    private final RestClient rest;
    private final FourEyes secondReviewer;

    public ReviewApi(ServiceProcess review, String user) {
        this.rest = new RestClient(review.url() + "/api/v1/reviews/", user);
        this.secondReviewer = new FourEyes(review);
    }

    public Answer noSecrecyOrder(String demandId) {
        return rest.post(demandId + "/no-secrecy-order", Map.of("note", "no order came with the demand"));
    }

    /** Records a FULL order by a court under the docket number (approved when it must be); answers the order's id. */
    public String fullOrder(String demandId, String docket, Instant expiresAt) {
        return orderId(demandId, docket, recordOrder(demandId, docket, "FULL", List.of(), expiresAt));
    }

    public String executiveOnlyOrder(String demandId, String docket, List<String> permitted, Instant expiresAt) {
        return orderId(demandId, docket, recordOrder(demandId, docket, "EXECUTIVE_ONLY", permitted, expiresAt));
    }

    public Answer recordOrder(String demandId, String docket, String scope, List<String> permitted,
                              Instant expiresAt) {
        return rest.post(demandId + "/secrecy-orders", order(docket, scope, permitted, expiresAt));
    }

    /** The body of {@code POST /reviews/{demandId}/secrecy-orders}: a 2705(b) order of the test court. */
    public static Map<String, Object> order(String docket, String scope, List<String> permitted, Instant expiresAt) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("authority", "USC_2705B");
        order.put("court", "U.S. District Court for the Western District of Washington");
        order.put("docketNumber", docket);
        order.put("issuedAt", Instant.now().minusSeconds(3600).toString());
        order.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        order.put("scope", scope);
        order.put("permittedRecipients", permitted);
        order.put("exceptionalCircumstances", null);
        return order;
    }

    public Answer extend(String demandId, String orderId, Instant expiresAt) {
        return rest.post(demandId + "/secrecy-orders/" + orderId + "/extensions",
                Map.of("expiresAt", expiresAt.toString()));
    }

    public Answer lift(String demandId, String orderId) {
        return rest.post(demandId + "/secrecy-orders/" + orderId + "/lift",
                Map.of("reason", "COURT_VACATED", "note", "order vacated on the provider's motion"));
    }

    /** The case with its orders and history. */
    public Answer show(String demandId) {
        return rest.get(demandId);
    }

    public RestClient rest() {
        return rest;
    }

    private String orderId(String demandId, String docket, Answer answer) {
        if (answer.status() == 202) {
            Answer approval = secondReviewer.decided(answer);
            if (approval.status() != 200) {
                throw new IllegalStateException("the proposed order was not approved: " + approval);
            }
            for (JsonNode order : show(demandId).json().path("orders")) {
                if (docket.equals(order.path("docketNumber").asString())) {
                    return order.path("orderId").asString();
                }
            }
            throw new IllegalStateException("the approved order " + docket + " is not on the case");
        }
        if (answer.status() != 201) {
            throw new IllegalStateException("the order was not recorded: " + answer);
        }
        // DESIGN.md names the field orderId; the service answers it as id
        return answer.json().has("orderId") ? answer.json().get("orderId").asString() : answer.json().get("id").asString();
    }
}
