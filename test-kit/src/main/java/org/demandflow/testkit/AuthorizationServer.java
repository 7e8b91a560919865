package org.demandflow.testkit;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The authorization server module (Spring Authorization Server) in this JVM, as the services trust it: its local
 * users ({@code reviewer}, {@code reviewer2}, {@code operator}, {@code auditor}; password = name) sign in with the
 * authorization code flow and PKCE through the module's own {@code TokenClient}, loaded from the server's class
 * loader (it uses the JDK alone). No issuer is configured, so the server names itself after the address it is
 * called at: {@link #issuer()}.
 */
final class AuthorizationServer implements AutoCloseable {

    private static final String NAME = "authorization-server";
    private static final String TOKEN_CLIENT = "org.demandflow.authorization.client.TokenClient";
    /** A cached token is used until this many seconds before it expires. */
    private static final long MARGIN_SECONDS = 30;

    private final ServiceInProcess server;
    private final Map<String, Object> tokens = new ConcurrentHashMap<>();

    private AuthorizationServer(ServiceInProcess server) {
        this.server = server;
    }

    static AuthorizationServer start(Path home) {
        // its settings live in authorization-server.yml, not application.yml
        return new AuthorizationServer(ServiceInProcess.start(NAME, home, Map.of("spring.config.name", NAME)));
    }

    /** The issuer of its tokens: the services' {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. */
    String issuer() {
        return server.url();
    }

    /** An access token of a local user, reused until shortly before it expires. */
    String accessToken(String user) {
        Object token = tokens.compute(user, (name, cached) -> cached != null && valid(cached) ? cached : signIn(name));
        return (String) call(token, "value");
    }

    private Object signIn(String user) {
        try {
            Object client = server.classLoader().loadClass(TOKEN_CLIENT).getConstructor(String.class)
                    .newInstance(issuer());
            return client.getClass().getMethod("signIn", String.class, String.class).invoke(client, user, user);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(user + " could not sign in at the authorization server", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the authorization server's jar has no usable " + TOKEN_CLIENT, e);
        }
    }

    private static boolean valid(Object token) {
        try {
            return (boolean) token.getClass().getMethod("validAt", Instant.class, long.class)
                    .invoke(token, Instant.now(), MARGIN_SECONDS);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("unexpected AccessToken", e);
        }
    }

    private static Object call(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("unexpected " + target.getClass().getName(), e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
