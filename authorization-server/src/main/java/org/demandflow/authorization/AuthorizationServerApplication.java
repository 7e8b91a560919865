package org.demandflow.authorization;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The authorization server (a Spring Authorization Server): the local users sign in with a form, the console and
 * the CLI get tokens by authorization code + PKCE, Prometheus by client credentials. Its settings live in
 * {@code authorization-server.yml}, not {@code application.yml}, so they never mix with a service's.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthorizationServerApplication {

    /** The name of this server's configuration files ({@code authorization-server.yml}). */
    public static final String CONFIG_NAME = "authorization-server";

    /** The application, configured from {@code authorization-server.yml}. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(AuthorizationServerApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        return application;
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
