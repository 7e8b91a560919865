package org.demandflow.notification;

import static org.demandflow.notification.support.Fixtures.CUSTOMER;
import static org.demandflow.notification.support.Fixtures.contoso;
import static org.demandflow.notification.support.Fixtures.status;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.application.GateKeeper;
import org.demandflow.notification.support.Fixtures;
import org.demandflow.notification.support.ServiceTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class RestApiTest extends ServiceTest {

    @Autowired MockMvc mvc;
    @Autowired CustomerDirectories directories;
    @Autowired GateKeeper gate;

    @BeforeEach
    void contosoIsKnown() {
        directories.replace(contoso());
    }

    @Test
    void an_auditor_reads_a_customers_executives() throws Exception {
        mvc.perform(get("/api/v1/customers/{id}/executives", CUSTOMER).with(bearer("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerId").value(CUSTOMER))
                .andExpect(jsonPath("$.executives.length()").value(4))
                .andExpect(jsonPath("$.executives[0].legalNoticeContact").value(true));
    }

    @Test
    void an_operator_reads_a_customers_executives_too() throws Exception {
        mvc.perform(get("/api/v1/customers/{id}/executives", CUSTOMER).with(bearer("operator")))
                .andExpect(status().isOk());
    }

    @Test
    void an_unknown_customer_is_not_found() throws Exception {
        mvc.perform(get("/api/v1/customers/{id}/executives", "nobody").with(bearer("auditor")))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_auditor_reads_the_notices_of_a_demand() throws Exception {
        DemandId demandId = DemandId.random();
        gate.apply(status(demandId, 2, SecrecyStatus.CLEARED));
        mvc.perform(get("/api/v1/notices").param("demandId", demandId.toString()).with(bearer("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].statusVersion").value(2))
                .andExpect(jsonPath("$[0].scope").value("ALL_CONTACTS"));
    }

    @Test
    void an_anonymous_caller_gets_401_as_a_problem() throws Exception {
        mvc.perform(get("/api/v1/notices").param("demandId", "d-1"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void a_reviewer_may_not_read_notices() throws Exception {
        mvc.perform(get("/api/v1/notices").param("demandId", "d-1").with(bearer("reviewer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_operator_may_not_read_notices() throws Exception {
        mvc.perform(get("/api/v1/notices").param("demandId", "d-1").with(bearer("operator")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_notice_metrics_are_exposed_for_prometheus() throws Exception {
        gate.apply(Fixtures.status(DemandId.random(), "stranger", 2, SecrecyStatus.CLEARED, null));
        mvc.perform(get("/actuator/prometheus").with(bearer("operator")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "demandflow_notices_failed_total{reason=\"NO_RECIPIENT\"}")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("demandflow_notices_pending")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("demandflow_notices_sent_total")));
    }

    @Test
    void an_auditor_reads_the_integrity_incidents_and_a_reviewer_may_not() throws Exception {
        mvc.perform(get("/api/v1/integrity-incidents").with(bearer("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/integrity-incidents").with(bearer("reviewer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void health_and_the_openapi_description_are_open() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").with(bearer("reviewer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/notices']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/integrity-incidents']").exists());
    }
}
