package org.demandflow.intake.submission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.demandflow.testsupport.http.Api;
import org.demandflow.intake.support.IntakeIntegrationTest;
import org.demandflow.intake.support.RestSubmissions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class DemandSubmissionApiTest extends IntakeIntegrationTest {

    private HttpResponse<String> submit(String user, JsonNode body) {
        return api().post(user, "/api/v1/demands", body.toString());
    }

    private static String title(HttpResponse<String> refused) {
        return Api.json(refused).get("title").asString();
    }

    private static String reasonCode(HttpResponse<String> refused) {
        return Api.json(refused).get("reasons").get(0).get("code").asString();
    }

    @Test
    void an_operator_submits_a_demand_and_gets_201_with_its_location_and_id() {
        HttpResponse<String> created = submit("operator", RestSubmissions.valid("contoso"));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode demand = Api.json(created);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/demands/" + demand.get("demandId").asString());
        assertThat(demand.get("sourceSystem").asString()).isEqualTo("manual-rest");
        assertThat(demand.get("submissionId").asString()).isNotBlank();
        assertThat(demand.get("recordedAt").asString()).isEqualTo(NOW.toString());

        HttpResponse<String> read = api().get("auditor", location);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Api.json(read).get("demandType").asString()).isEqualTo("SUBPOENA");
    }

    @Test
    void the_same_ticket_with_the_same_content_yields_the_existing_demand_not_a_second_one() {
        ObjectNode body = RestSubmissions.valid("same-content-customer");
        String first = Api.json(submit("operator", body)).get("demandId").asString();

        HttpResponse<String> again = submit("operator", body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Location")).hasValue("/api/v1/demands/" + first);
        assertThat(Api.json(again).get("demandId").asString()).isEqualTo(first);
        assertThat(Api.json(api().get("reviewer", "/api/v1/demands?customerId=same-content-customer"))
                .get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void a_repeated_submission_id_yields_the_demand_it_led_to() {
        ObjectNode body = RestSubmissions.valid("repeated-id-customer").put("submissionId", "rest-repeated-accepted");
        String first = Api.json(submit("operator", body)).get("demandId").asString();

        HttpResponse<String> again = submit("operator", body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Api.json(again).get("demandId").asString()).isEqualTo(first);
    }

    @Test
    void a_repeated_submission_id_that_was_rejected_is_a_conflict() {
        ObjectNode body = RestSubmissions.valid("contoso").put("submissionId", "rest-repeated-rejected")
                .put("customerId", " ");
        assertThat(submit("operator", body).statusCode()).isEqualTo(422);

        HttpResponse<String> again = submit("operator", body);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(title(again)).isEqualTo("Submission id already used");
    }

    @Test
    void the_same_ticket_with_other_content_is_a_conflict() {
        ObjectNode body = RestSubmissions.valid("conflict-customer");
        submit("operator", body);
        body.put("nondisclosureIndicated", true);

        HttpResponse<String> conflicting = submit("operator", body);

        assertThat(conflicting.statusCode()).isEqualTo(409);
        assertThat(title(conflicting)).isEqualTo("Conflicting resubmission");
        assertThat(reasonCode(conflicting)).isEqualTo("CONFLICTING_RESUBMISSION");
    }

    @Test
    void an_invalid_submission_gets_422_problem_with_every_reason() {
        ObjectNode body = RestSubmissions.valid("contoso");
        body.put("demandType", "TELEGRAM");
        ((ObjectNode) body.get("issuingAuthority")).put("country", "ZZ");
        body.putArray("accountIdentifiers");

        HttpResponse<String> refused = submit("operator", body);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(title(refused)).isEqualTo("Invalid demand submission");
        assertThat(Api.json(refused).get("detail").asString()).isEqualTo("3 reason(s) to reject the submission.");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.json(refused).get("reasons").valueStream().map(r -> r.get("field").asString() + " "
                + r.get("code").asString())).containsExactlyInAnyOrder("demandType UNKNOWN_VALUE",
                        "issuingAuthority.country INVALID_COUNTRY", "accountIdentifiers EMPTY");
    }

    @Test
    void a_value_of_the_wrong_json_type_gets_400_problem_naming_the_field() {
        ObjectNode body = RestSubmissions.valid("contoso");
        body.put("receivedAt", "yesterday");

        HttpResponse<String> refused = submit("operator", body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(title(refused)).isEqualTo("Unreadable demand submission");
        JsonNode reason = Api.json(refused).get("reasons").get(0);
        assertThat(reason.get("field").asString()).isEqualTo("receivedAt");
        assertThat(reason.get("code").asString()).isEqualTo("INVALID_TYPE");
    }

    @Test
    void a_list_or_record_given_as_a_plain_value_gets_400_problem_naming_the_field() {
        ObjectNode accounts = RestSubmissions.valid("contoso").put("accountIdentifiers", "alice");
        ObjectNode authority = RestSubmissions.valid("contoso").put("issuingAuthority", "FBI");
        ObjectNode flag = RestSubmissions.valid("contoso").put("nondisclosureIndicated", "perhaps");

        assertThat(List.of(accounts, authority, flag)).map(body -> submit("operator", body)).allSatisfy(refused -> {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(reasonCode(refused)).isEqualTo("INVALID_TYPE");
        }).map(refused -> Api.json(refused).get("reasons").get(0).get("field").asString())
                .containsExactly("accountIdentifiers", "issuingAuthority", "nondisclosureIndicated");
    }

    @Test
    void text_that_is_not_json_gets_400_problem() {
        HttpResponse<String> refused = api().post("operator", "/api/v1/demands", "{\"customerId\": ");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(reasonCode(refused)).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void only_an_operator_may_submit() {
        assertThat(submit(null, RestSubmissions.valid("contoso")).statusCode()).isEqualTo(401);
        assertThat(submit("reviewer", RestSubmissions.valid("contoso")).statusCode()).isEqualTo(403);
    }
}
