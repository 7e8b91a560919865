package org.demandflow.intake.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid JSON bodies for {@code POST /api/v1/demands}, one new ticket each, received before
 * {@link IntakeIntegrationTest#NOW}.
 */
public final class RestSubmissions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RestSubmissions() {
    }

    public static ObjectNode valid(String customerId) {
        return valid(customerId, IntakeIntegrationTest.NOW.minus(1, ChronoUnit.HOURS));
    }

    public static ObjectNode valid(String customerId, Instant receivedAt) {
        ObjectNode body = JSON.createObjectNode();
        body.put("externalReference", "REST-" + UUID.randomUUID());
        body.put("customerId", customerId);
        body.put("demandType", "SUBPOENA");
        ObjectNode authority = body.putObject("issuingAuthority");
        authority.put("agency", "DOJ").put("country", "US").put("requesterEmail", "clerk@doj.example.gov");
        body.putArray("dataCategories").add("SUBSCRIBER");
        body.putArray("accountIdentifiers").add("alice@" + customerId + ".example");
        body.put("receivedAt", receivedAt.toString());
        body.put("responseDueAt", receivedAt.plus(10, ChronoUnit.DAYS).toString());
        body.put("nondisclosureIndicated", false);
        return body;
    }
}
