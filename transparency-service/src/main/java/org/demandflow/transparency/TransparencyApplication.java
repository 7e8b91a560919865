package org.demandflow.transparency;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The transparency service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TransparencyApplication {

    public static void main(String[] args) {
        SpringApplication.run(TransparencyApplication.class, args);
    }
}
