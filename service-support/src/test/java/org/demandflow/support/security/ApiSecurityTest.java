package org.demandflow.support.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest(properties = "demandflow.security.local-users=true")
@AutoConfigureMockMvc
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void an_anonymous_call_is_answered_401_with_a_problem() throws Exception {
        mvc.perform(get("/reviews"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void a_wrong_password_is_answered_401() throws Exception {
        mvc.perform(get("/reviews").with(httpBasic("reviewer", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_caller_without_the_role_is_answered_403_with_a_problem() throws Exception {
        mvc.perform(get("/reviews").with(httpBasic("operator", "operator")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void a_caller_with_the_role_is_served() throws Exception {
        mvc.perform(get("/reviews").with(httpBasic("reviewer", "reviewer")))
                .andExpect(status().isOk());
    }

    @Test
    void the_second_reviewer_logs_in_as_a_reviewer() throws Exception {
        mvc.perform(get("/reviews").with(httpBasic("reviewer2", "reviewer2")))
                .andExpect(status().isOk());
        mvc.perform(get("/reviews").with(httpBasic("reviewer2", "reviewer")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_login_leaves_the_local_password_unhashed_so_later_logins_stay_cheap() throws Exception {
        mvc.perform(get("/reviews").with(httpBasic("auditor", "auditor")));
        assertThat(users.loadUserByUsername("auditor").getPassword()).isEqualTo("{noop}auditor");
    }

    @Test
    void the_health_endpoint_needs_no_caller() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
        mvc.perform(get("/elsewhere")).andExpect(status().isUnauthorized());
    }

    @SpringBootApplication
    @Import(Reviews.class)
    static class App {
    }

    @RestController
    static class Reviews {
        @GetMapping("/reviews")
        @PreAuthorize("hasRole('REVIEWER')")
        String list() {
            return "[]";
        }
    }
}
