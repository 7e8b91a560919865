package org.demandflow.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers 401 and 403 with an {@code application/problem+json} body (RFC 9457). */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String challenge;

    ProblemResponses(String challenge) {
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(response, HttpStatus.UNAUTHORIZED, "Authentication is required to use this API.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException denied) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Your role does not allow this request.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // Fixed texts only, so plain formatting cannot inject anything.
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(status.getReasonPhrase(), status.value(), detail));
    }
}
