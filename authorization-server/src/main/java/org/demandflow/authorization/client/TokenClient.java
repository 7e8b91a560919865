package org.demandflow.authorization.client;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets access tokens from the authorization server the way its users do: a person signs in through the
 * authorization code flow with PKCE (this client fills in the sign-in form), a tool uses client credentials.
 * Plain JDK (java.net.http), so the stack script can run it with nothing but this module's jar.
 */
public final class TokenClient {

    /** The public client of the console and the CLI. */
    public static final String CONSOLE_CLIENT = "demandflow-console";
    /** The console's redirect URI; this client never calls it, it reads the code from the redirect. */
    public static final String CONSOLE_REDIRECT = "http://127.0.0.1:8400/callback";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final URI issuer;

    public TokenClient(String issuer) {
        this.issuer = URI.create(issuer.endsWith("/") ? issuer : issuer + "/");
    }

    /** Signs {@code user} in with the console client; answers the user's access token. */
    public AccessToken signIn(String user, String password) {
        return signIn(CONSOLE_CLIENT, CONSOLE_REDIRECT, user, password);
    }

    /** Signs {@code user} in through a public client with the authorization code flow and PKCE. */
    public AccessToken signIn(String clientId, String redirectUri, String user, String password) {
        Browser browser = new Browser(newHttp());
        Pkce pkce = Pkce.create();
        URI authorize = issuer.resolve("oauth2/authorize?response_type=code&scope=openid&client_id=" + clientId
                + "&redirect_uri=" + Forms.encode(redirectUri) + "&state=" + Pkce.random()
                + "&code_challenge=" + pkce.challenge() + "&code_challenge_method=S256");
        URI login = browser.followUntil(authorize, "/login");
        String csrf = find(CSRF, browser.get(login).body(), "the sign-in form has no CSRF token");
        URI next = browser.post(login, null, Forms.of("username", user, "password", password, "_csrf", csrf));
        if (next.toString().contains("error")) {
            throw new IllegalStateException("the authorization server refused the sign-in of " + user);
        }
        URI callback = browser.followUntil(next, redirectUri);
        String code = find(CODE, callback.getRawQuery() == null ? "" : "?" + callback.getRawQuery(),
                "the authorization server sent no code to the redirect URI");
        return token(browser, null, Forms.of("grant_type", "authorization_code", "code", Forms.decode(code),
                "redirect_uri", redirectUri, "client_id", clientId, "code_verifier", pkce.verifier()));
    }

    /** A tool's token: the client credentials grant of a confidential client. */
    public AccessToken clientCredentials(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((Forms.encode(clientId) + ":" + Forms.encode(secret))
                .getBytes(StandardCharsets.UTF_8));
        return token(new Browser(newHttp()), "Basic " + basic, Forms.of("grant_type", "client_credentials"));
    }

    private AccessToken token(Browser browser, String authorization, String form) {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(issuer.resolve("oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded"), authorization, form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the token endpoint answered " + response.statusCode());
        }
        String value = find(Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\""), response.body(), "no token");
        String seconds = find(Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)"), response.body(), "no expiry");
        return new AccessToken(value, Instant.now().plusSeconds(Long.parseLong(seconds)));
    }

    private static String find(Pattern pattern, String text, String otherwise) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(otherwise);
        }
        return matcher.group(1);
    }

    private static HttpClient newHttp() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Thrown through as unchecked: the caller can do nothing but report it. */
    static IllegalStateException failed(String what, Exception cause) {
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new IllegalStateException(what, cause);
    }
}
