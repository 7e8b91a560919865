package org.demandflow.authorization.client;

/**
 * {@code TokenCommand USER [ISSUER]}: signs a local user in through the code flow with PKCE and prints the
 * access token on the last line, for {@code curl -H "Authorization: Bearer …"}. The password is read from the
 * environment variable {@code DEMANDFLOW_PASSWORD}; without it, the local stack's convention (password = name).
 */
public final class TokenCommand {

    private TokenCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: TokenCommand USER [ISSUER]   (issuer default http://127.0.0.1:9000)");
            System.exit(2);
        }
        String user = args[0];
        String issuer = args.length > 1 ? args[1] : "http://127.0.0.1:9000";
        String password = System.getenv().getOrDefault("DEMANDFLOW_PASSWORD", user);
        try {
            AccessToken token = new TokenClient(issuer).signIn(user, password);
            System.out.println("# access token of " + user + " from " + issuer + ", valid until " + token.expiresAt());
            System.out.println(token.value());
        } catch (IllegalStateException e) {
            System.err.println("no token for " + user + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
