package org.demandflow.support.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.domain.Refusal.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Problems through Spring MVC's real message converters: status, content type and body. */
class ProblemsTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Refusals()).setControllerAdvice(new Unreadable())
            .build();

    @Test
    void not_found_is_a_404_problem_with_no_reasons() throws Exception {
        mvc.perform(get("/refusals/NOT_FOUND"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("refused: NOT_FOUND"))
                .andExpect(jsonPath("$.reasons").isEmpty());
    }

    @Test
    void a_conflict_is_a_409_problem_naming_the_state() throws Exception {
        mvc.perform(get("/refusals/CONFLICT"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Not allowed in the current state"));
    }

    @Test
    void an_invalid_command_is_a_422_problem_with_its_reasons_in_intakes_shape() throws Exception {
        mvc.perform(get("/refusals/INVALID"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unprocessable request"))
                .andExpect(jsonPath("$.reasons[0].field").value("customerId"))
                .andExpect(jsonPath("$.reasons[0].code").value("REQUIRED"))
                .andExpect(jsonPath("$.reasons[0].message").value("is required"));
    }

    @Test
    void a_service_may_give_its_own_title() throws Exception {
        mvc.perform(get("/titled"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Invalid demand submission"));
    }

    @Test
    void malformed_json_is_a_400_problem_with_a_malformed_json_reason() throws Exception {
        mvc.perform(post("/bodies").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unreadable body"))
                .andExpect(jsonPath("$.reasons[0].code").value("MALFORMED_JSON"));
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_problem_naming_the_field() throws Exception {
        mvc.perform(post("/bodies").contentType(MediaType.APPLICATION_JSON).content("{\"count\": \"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasons[0].field").value("count"))
                .andExpect(jsonPath("$.reasons[0].code").value("INVALID_TYPE"));
    }

    @Test
    void no_body_is_a_400_problem_with_a_required_reason() throws Exception {
        mvc.perform(post("/bodies").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasons[0].field").value(""))
                .andExpect(jsonPath("$.reasons[0].code").value("REQUIRED"));
    }

    record Body(String name, int count) {
    }

    @RestController
    static class Refusals {

        @GetMapping("/refusals/{kind}")
        ResponseEntity<ProblemDetail> refusal(@PathVariable Refusal.Kind kind) {
            List<Violation> violations = kind == Refusal.Kind.INVALID
                    ? List.of(new Violation("customerId", "REQUIRED", "is required")) : List.of();
            return Problems.of(new Refusal(kind, "refused: " + kind, violations));
        }

        @GetMapping("/titled")
        ResponseEntity<ProblemDetail> titled() {
            return Problems.of(Refusal.invalid("1 reason(s) to reject the submission."), "Invalid demand submission");
        }

        @PostMapping("/bodies")
        Body body(@RequestBody Body body) {
            return body;
        }
    }

    @RestControllerAdvice
    static class Unreadable extends ResponseEntityExceptionHandler {

        @Override
        protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
                HttpHeaders headers, HttpStatusCode status, WebRequest request) {
            return Problems.unreadableBody(failure, "Unreadable body", "The body does not match the Body shape.");
        }
    }
}
