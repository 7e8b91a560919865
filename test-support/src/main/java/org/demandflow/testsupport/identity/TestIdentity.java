package org.demandflow.testsupport.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.demandflow.authorization.client.AccessToken;
import org.demandflow.authorization.client.TokenClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * ONE real authorization server per test JVM (the authorization-server module, as a process on a free port) and
 * real access tokens of its local users (reviewer, reviewer2, operator, auditor; password = name), fetched through
 * the authorization code flow with PKCE and cached until shortly before they expire. A service's integration test
 * calls {@link #register} so the service trusts exactly this issuer.
 *
 * <p>Besides the console client, the server has two test clients: {@link #BRIEF_CLIENT}, whose tokens live
 * {@link #BRIEF_LIFETIME_SECONDS} seconds, and {@link #ELSEWHERE_CLIENT}, whose tokens are meant for another API
 * (audience {@link #ELSEWHERE_AUDIENCE}). No issuer is configured, so the server names itself after the address
 * it is called at: a token fetched at {@link #otherIssuer()} ({@code localhost}) has the same key but another
 * issuer.
 */
public final class TestIdentity {

    /** A public client whose access tokens expire after {@link #BRIEF_LIFETIME_SECONDS}. */
    public static final String BRIEF_CLIENT = "demandflow-brief";
    public static final int BRIEF_LIFETIME_SECONDS = 15;
    /** A public client whose access tokens are for another API. */
    public static final String ELSEWHERE_CLIENT = "elsewhere";
    public static final String ELSEWHERE_AUDIENCE = "another-api";

    private static final Map<String, AccessToken> TOKENS = new ConcurrentHashMap<>();
    private static AuthorizationServerProcess server;

    private TestIdentity() {
    }

    /** The issuer of the tokens (the server's 127.0.0.1 address); starts the server on first use. */
    public static synchronized String issuer() {
        if (server == null) {
            server = AuthorizationServerProcess.start(testClients());
        }
        return server.address();
    }

    /** The same server under another name ({@code localhost}): its tokens have another issuer. */
    public static String otherIssuer() {
        issuer();
        return "http://localhost:" + server.port();
    }

    /** Makes the service under test trust exactly this issuer. */
    public static void register(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIdentity::issuer);
    }

    /** A local user's access token (password = name), reused until 30 s before it expires. */
    public static String tokenOf(String user) {
        return TOKENS.compute(user, (name, cached) -> cached != null && cached.validAt(Instant.now(), 30) ? cached
                : client().signIn(name, name)).value();
    }

    /** Signs a local user in anew through a client of the server and answers the fresh token. */
    public static AccessToken signIn(String issuer, String clientId, String user) {
        return new TokenClient(issuer).signIn(clientId, TokenClient.CONSOLE_REDIRECT, user, user);
    }

    /** The {@code Authorization} header value of a local user. */
    public static String authorization(String user) {
        return "Bearer " + tokenOf(user);
    }

    /** For MockMvc: the request carries the local user's access token. */
    public static RequestPostProcessor bearer(String user) {
        return request -> {
            request.addHeader("Authorization", authorization(user));
            return request;
        };
    }

    /** A client of the server, for tokens the cache does not hold. */
    public static TokenClient client() {
        return new TokenClient(issuer());
    }

    private static List<String> testClients() {
        String brief = "--spring.security.oauth2.authorizationserver.client." + BRIEF_CLIENT + ".";
        String elsewhere = "--spring.security.oauth2.authorizationserver.client." + ELSEWHERE_CLIENT + ".";
        return List.of(brief + "registration.client-id=" + BRIEF_CLIENT,
                brief + "registration.client-authentication-methods=none",
                brief + "registration.authorization-grant-types=authorization_code",
                brief + "registration.redirect-uris=" + TokenClient.CONSOLE_REDIRECT,
                brief + "registration.scopes=openid", brief + "require-proof-key=true",
                brief + "token.access-token-time-to-live=" + BRIEF_LIFETIME_SECONDS + "s",
                elsewhere + "registration.client-id=" + ELSEWHERE_CLIENT,
                elsewhere + "registration.client-authentication-methods=none",
                elsewhere + "registration.authorization-grant-types=authorization_code",
                elsewhere + "registration.redirect-uris=" + TokenClient.CONSOLE_REDIRECT,
                elsewhere + "registration.scopes=openid", elsewhere + "require-proof-key=true",
                "--demandflow.identity.client-audiences." + ELSEWHERE_CLIENT + "=" + ELSEWHERE_AUDIENCE);
    }
}
