package org.demandflow.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instance of a service as its own JVM, started from the service's executable jar with the {@code local}
 * profile as the local stack runs it, with a small heap. It can be stopped, or killed (SIGKILL) and started again.
 * Instance 1 is named as the service ({@code order-review-service}), instance n as the service with {@code -n}
 * ({@code order-review-service-2}): its log is {@code <e2e.logs>/<name>.log}.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String service;
    private final String name;
    private final int port;
    private final JavaProcess process;

    public ServiceProcess(String service, int port, Map<String, String> properties) {
        this(service, 1, port, properties);
    }

    public ServiceProcess(String service, int instance, int port, Map<String, String> properties) {
        this.service = service;
        this.name = instance == 1 ? service : service + "-" + instance;
        this.port = port;
        this.process = new JavaProcess(name, command(service, port, properties));
    }

    /** The service this is an instance of ({@code order-review-service}). */
    public String service() {
        return service;
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the JVM and returns at once; {@link #awaitHealthy()} waits for it. */
    public void launch() throws IOException {
        process.launch();
    }

    /**
     * Waits until the health endpoint answers UP: up to 6 minutes, as a restart during a large harness run on two
     * loaded cores was seen to take just over 3.
     */
    public void awaitHealthy() {
        process.awaitUntil(name + " healthy", Duration.ofMinutes(6), this::healthy);
    }

    public void start() throws IOException {
        launch();
        awaitHealthy();
    }

    /** SIGKILL: no shutdown hook runs, as in a crash. */
    public void kill() throws InterruptedException {
        process.kill();
    }

    public void stop() throws InterruptedException {
        process.stop();
    }

    /** SIGTERM, without waiting for the end. */
    public void terminate() {
        process.terminate();
    }

    private boolean healthy() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> command(String name, int port, Map<String, String> properties) {
        Path root = Path.of(System.getProperty("e2e.services", ".."));
        String version = System.getProperty("e2e.version", "0.1.0-SNAPSHOT");
        Path jar = root.resolve(name).resolve("target").resolve(name + "-" + version + ".jar");
        List<String> command = new ArrayList<>(List.of("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xss512k", "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=org.demandflow.events",
                "-jar", jar.toAbsolutePath().toString(), "--server.address=127.0.0.1", "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        return command;
    }
}
