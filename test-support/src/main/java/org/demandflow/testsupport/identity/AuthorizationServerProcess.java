package org.demandflow.testsupport.identity;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.demandflow.authorization.client.TokenClient;

/**
 * The authorization server module's {@code -exec} jar run as a process on a free port, with the test clients
 * {@link TestIdentity} names; stopped when the JVM exits. Its log goes to {@code target/authorization-server.log}.
 */
final class AuthorizationServerProcess {

    /** Overrides where the server's {@code -exec} jar is (by default next to the module's classes or jar). */
    static final String JAR_PROPERTY = "demandflow.authorization-server.jar";

    private final Process process;
    private final int port;

    private AuthorizationServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static AuthorizationServerProcess start(List<String> arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar().toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        try {
            Files.createDirectories(Path.of("target"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(new File("target/authorization-server.log")).start();
            AuthorizationServerProcess server = new AuthorizationServerProcess(process, port);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            server.awaitHealthy();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("the authorization server did not start", e);
        }
    }

    /** The server's address as the tests reach it, also the issuer of its tokens. */
    String address() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create(address() + "/actuator/health");
        Awaitility.await("the authorization server on port " + port + " (see target/authorization-server.log)")
                .atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the authorization server exited: " + process.exitValue());
                    }
                    return http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200;
                });
    }

    private static Path jar() {
        String configured = System.getProperty(JAR_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            Path classes = Path.of(TokenClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.list(classes.getParent())) {
                return files.filter(file -> file.getFileName().toString().matches("authorization-server-.*-exec\\.jar"))
                        .findFirst().orElseThrow(() -> new IllegalStateException("no authorization-server -exec jar in "
                                + classes.getParent() + ": package the authorization-server module first"));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot find the authorization server's jar", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
