package org.demandflow.registry.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic in front of the registry's API. Writes (register, delete, level changes) need a user allowed
 * to write: no or wrong credentials answer 401, a user who may only read 403. Reads (GETs, a lookup
 * {@code POST /subjects/{s}}, a compatibility test) are open or need any user, as configured. Health is open.
 * Error bodies follow Confluent's ({@code error_code} 401 / 40301).
 */
public final class RegistryAuthFilter extends OncePerRequestFilter {

    private final RegistryUsers users;
    private final ReadAccess reads;

    public RegistryAuthFilter(RegistryUsers users, ReadAccess reads) {
        this.users = users;
        this.reads = reads;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean write = isWrite(request);
        if (request.getRequestURI().startsWith("/actuator/health") || (!write && reads == ReadAccess.OPEN)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> user = users.authenticate(request.getHeader("Authorization"));
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"schema-registry\"");
            refuse(response, 401, 401, "Unauthorized");
        } else if (write && !users.mayWrite(user.get())) {
            refuse(response, 403, 40301, "User " + user.get() + " may not change the registry");
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Everything but GET/HEAD changes the registry, except a lookup and a compatibility test. */
    static boolean isWrite(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return false;
        }
        String path = request.getRequestURI();
        boolean lookup = "POST".equals(method) && path.matches("/subjects/[^/]+/?");
        boolean compatibility = "POST".equals(method) && path.startsWith("/compatibility/");
        return !lookup && !compatibility;
    }

    private static void refuse(HttpServletResponse response, int status, int errorCode, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/vnd.schemaregistry.v1+json");
        response.getWriter().write("{\"error_code\":" + errorCode + ",\"message\":\"" + message + "\"}");
    }
}
