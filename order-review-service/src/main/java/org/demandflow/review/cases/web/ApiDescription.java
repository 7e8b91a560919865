package org.demandflow.review.cases.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Shows in the OpenAPI description that a decision endpoint marked {@link MayWaitForApproval} may answer
 * {@code 202 Accepted} with the proposal that waits for a second reviewer (safety rule 10), and {@code 409} when
 * the case's state refuses the decision.
 */
@Component
class ApiDescription implements OperationCustomizer {

    private static final String PROBLEM = "application/problem+json";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.hasMethodAnnotation(MayWaitForApproval.class)) {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            responses.addApiResponse("202", answer("Held for a second reviewer (safety rule 10): nothing changed yet; "
                    + "the Location header names the proposal under " + MayWaitForApproval.APPROVALS,
                    org.springframework.http.MediaType.APPLICATION_JSON_VALUE, proposalSchema()));
            responses.addApiResponse("409", answer("Not allowed in the case's current state (problem+json)",
                    PROBLEM, new Schema<>().type("object")));
            operation.setResponses(responses);
        }
        return operation;
    }

    private static ApiResponse answer(String description, String mediaType, Schema<?> schema) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(mediaType, new MediaType().schema(schema)));
    }

    private static Schema<?> proposalSchema() {
        return ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(CaseView.Proposal.class))
                .schema;
    }
}
