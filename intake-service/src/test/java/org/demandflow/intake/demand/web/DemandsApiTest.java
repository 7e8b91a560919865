package org.demandflow.intake.demand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.demandflow.testsupport.http.Api;
import org.demandflow.intake.support.IntakeIntegrationTest;
import org.demandflow.intake.support.RestSubmissions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DemandsApiTest extends IntakeIntegrationTest {

    private String submit(String customerId, Duration ago) {
        var created = api().post("operator", "/api/v1/demands",
                RestSubmissions.valid(customerId, NOW.minus(ago)).toString());
        assertThat(created.statusCode()).isEqualTo(201);
        return Api.json(created).get("demandId").asString();
    }

    @Test
    void a_stored_demand_is_read_by_its_id() {
        String demandId = submit("read-customer", Duration.ofHours(1));

        HttpResponse<String> read = api().get("auditor", "/api/v1/demands/" + demandId);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Api.json(read).get("customerId").asString()).isEqualTo("read-customer");
    }

    @Test
    void an_unknown_demand_is_404() {
        var answer = api().get("operator", "/api/v1/demands/" + UUID.randomUUID());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void an_id_that_is_not_a_uuid_is_400_problem() {
        var answer = api().get("operator", "/api/v1/demands/not-a-uuid");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void demands_of_a_customer_come_in_pages_newest_received_first() {
        String oldest = submit("paged-customer", Duration.ofHours(3));
        String newest = submit("paged-customer", Duration.ofHours(1));
        String middle = submit("paged-customer", Duration.ofHours(2));

        JsonNode first = Api.json(api().get("operator", "/api/v1/demands?customerId=paged-customer&page=0&size=2"));
        JsonNode second = Api.json(api().get("operator", "/api/v1/demands?customerId=paged-customer&page=1&size=2"));

        assertThat(first.get("content").valueStream().map(d -> d.get("demandId").asString()))
                .containsExactly(newest, middle);
        assertThat(second.get("content").valueStream().map(d -> d.get("demandId").asString()))
                .containsExactly(oldest);
        assertThat(List.of(second.get("totalElements").asLong(), second.get("totalPages").asLong()))
                .containsExactly(3L, 2L);
    }

    @Test
    void a_reviewer_may_read_and_an_anonymous_caller_may_not() {
        assertThat(api().get("reviewer", "/api/v1/demands?customerId=contoso").statusCode()).isEqualTo(200);
        assertThat(api().get(null, "/api/v1/demands?customerId=contoso").statusCode()).isEqualTo(401);
    }

    @Test
    void the_openapi_description_is_served_to_the_people_s_roles_only() {
        HttpResponse<String> description = api().get("reviewer", "/v3/api-docs");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("/api/v1/demands");
        assertThat(api().get(null, "/v3/api-docs").statusCode()).isEqualTo(401);
    }
}
