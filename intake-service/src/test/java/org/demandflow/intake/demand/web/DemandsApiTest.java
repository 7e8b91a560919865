package org.demandflow.intake.demand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.demandflow.intake.support.Api;
import org.demandflow.intake.support.IntakeIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DemandsApiTest extends IntakeIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ObjectNode validBody(String customerId) {
        Instant received = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        ObjectNode body = JSON.createObjectNode();
        body.put("externalReference", "REST-" + UUID.randomUUID());
        body.put("customerId", customerId);
        body.put("demandType", "SUBPOENA");
        ObjectNode authority = body.putObject("issuingAuthority");
        authority.put("agency", "DOJ").put("country", "US").put("requesterEmail", "clerk@doj.example.gov");
        body.putArray("dataCategories").add("SUBSCRIBER");
        body.putArray("accountIdentifiers").add("alice@" + customerId + ".example");
        body.put("receivedAt", received.toString());
        body.put("responseDueAt", received.plus(10, ChronoUnit.DAYS).toString());
        body.put("nondisclosureIndicated", false);
        return body;
    }

    private HttpResponse<String> submit(String user, JsonNode body) {
        return api().post(user, "/api/v1/demands", body.toString());
    }

    @Test
    void an_operator_submits_a_demand_and_gets_201_with_its_location_and_id() {
        HttpResponse<String> created = submit("operator", validBody("contoso"));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode demand = Api.json(created);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/demands/" + demand.get("demandId").asString());
        assertThat(demand.get("sourceSystem").asString()).isEqualTo("manual-rest");
        assertThat(demand.get("submissionId").asString()).isNotBlank();

        HttpResponse<String> read = api().get("auditor", location);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Api.json(read).get("demandType").asString()).isEqualTo("SUBPOENA");
    }

    @Test
    void the_same_ticket_with_the_same_content_yields_the_existing_demand_not_a_second_one() {
        ObjectNode body = validBody("same-content-customer");
        String first = Api.json(submit("operator", body)).get("demandId").asString();

        HttpResponse<String> again = submit("operator", body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Api.json(again).get("demandId").asString()).isEqualTo(first);
        assertThat(Api.json(api().get("reviewer", "/api/v1/demands?customerId=same-content-customer"))
                .get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void the_same_ticket_with_other_content_is_a_conflict() {
        ObjectNode body = validBody("conflict-customer");
        submit("operator", body);
        body.put("nondisclosureIndicated", true);

        HttpResponse<String> conflicting = submit("operator", body);

        assertThat(conflicting.statusCode()).isEqualTo(409);
        assertThat(Api.json(conflicting).get("reasons").get(0).get("code").asString())
                .isEqualTo("CONFLICTING_RESUBMISSION");
    }

    @Test
    void an_invalid_submission_gets_422_problem_with_every_reason() {
        ObjectNode body = validBody("contoso");
        body.put("demandType", "TELEGRAM");
        ((ObjectNode) body.get("issuingAuthority")).put("country", "ZZ");
        body.putArray("accountIdentifiers");

        HttpResponse<String> refused = submit("operator", body);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.json(refused).get("reasons").valueStream().map(r -> r.get("field").asString() + " "
                + r.get("code").asString())).containsExactlyInAnyOrder("demandType UNKNOWN_VALUE",
                        "issuingAuthority.country INVALID_COUNTRY", "accountIdentifiers EMPTY");
    }

    @Test
    void a_value_of_the_wrong_json_type_gets_400_problem_naming_the_field() {
        ObjectNode body = validBody("contoso");
        body.put("receivedAt", "yesterday");

        HttpResponse<String> refused = submit("operator", body);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode reason = Api.json(refused).get("reasons").get(0);
        assertThat(reason.get("field").asString()).isEqualTo("receivedAt");
        assertThat(reason.get("code").asString()).isEqualTo("INVALID_TYPE");
    }

    @Test
    void a_list_or_record_given_as_a_plain_value_gets_400_problem_naming_the_field() {
        ObjectNode accounts = validBody("contoso");
        accounts.put("accountIdentifiers", "alice");
        ObjectNode authority = validBody("contoso");
        authority.put("issuingAuthority", "FBI");
        ObjectNode flag = validBody("contoso");
        flag.put("nondisclosureIndicated", "perhaps");

        assertThat(List.of(accounts, authority, flag)).map(body -> submit("operator", body)).allSatisfy(refused -> {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Api.json(refused).get("reasons").get(0).get("code").asString()).isEqualTo("INVALID_TYPE");
        }).map(refused -> Api.json(refused).get("reasons").get(0).get("field").asString())
                .containsExactly("accountIdentifiers", "issuingAuthority", "nondisclosureIndicated");
    }

    @Test
    void text_that_is_not_json_gets_400_problem() {
        HttpResponse<String> refused = api().post("operator", "/api/v1/demands", "{\"customerId\": ");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Api.json(refused).get("reasons").get(0).get("code").asString()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void an_anonymous_call_gets_401() {
        assertThat(submit(null, validBody("contoso")).statusCode()).isEqualTo(401);
        assertThat(api().get(null, "/api/v1/demands?customerId=contoso").statusCode()).isEqualTo(401);
    }

    @Test
    void a_reviewer_may_read_but_not_submit() {
        assertThat(submit("reviewer", validBody("contoso")).statusCode()).isEqualTo(403);
        assertThat(api().get("reviewer", "/api/v1/demands?customerId=contoso").statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_demand_is_404() {
        var answer = api().get("operator", "/api/v1/demands/" + UUID.randomUUID());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void demands_of_a_customer_come_in_pages() {
        for (int i = 0; i < 3; i++) {
            submit("operator", validBody("paged-customer"));
        }
        JsonNode page = Api.json(api().get("operator", "/api/v1/demands?customerId=paged-customer&page=1&size=2"));

        assertThat(page.get("content").size()).isEqualTo(1);
        assertThat(page.get("totalElements").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asLong()).isEqualTo(2);
    }

    @Test
    void the_openapi_description_is_served_openly() {
        HttpResponse<String> description = api().get(null, "/v3/api-docs");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("/api/v1/demands");
    }
}
