package org.demandflow.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How the client behaves when registries are down or slow. */
class SchemaRegistryTransportTest {

    @Test
    void an_unreachable_registry_fails_with_no_answer_and_names_the_urls() throws Exception {
        String dead = deadUrl();
        SchemaRegistryClient client = new SchemaRegistryClient(dead);

        assertThatThrownBy(client::listSubjects)
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.unreachable()).isTrue();
                    assertThat(e.httpStatus()).isEqualTo(SchemaRegistryException.NO_ANSWER);
                })
                .hasMessageContaining("schema registry unreachable at [" + dead + "]");
    }

    @Test
    void the_next_url_is_tried_when_one_is_down() throws Exception {
        try (StubRegistry registry = StubRegistry.start()) {
            registry.reply("GET", "/subjects", 200, "[\"a-value\"]");
            SchemaRegistryClient client = new SchemaRegistryClient(deadUrl() + ", " + registry.url() + "/");

            assertThat(client.listSubjects()).containsExactly("a-value");
        }
    }

    @Test
    void a_registry_slower_than_the_request_timeout_fails() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.createContext("/", exchange -> {
            awaitQuietly(release);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        slow.start();
        try {
            SchemaRegistryClient client = new SchemaRegistryClient(SchemaRegistrySettings
                    .of("http://127.0.0.1:" + slow.getAddress().getPort())
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));

            assertThatThrownBy(client::listSubjects)
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.unreachable()).isTrue())
                    .hasMessageContaining("timed out");
        } finally {
            release.countDown();
            slow.stop(0);
        }
    }

    private static String deadUrl() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
