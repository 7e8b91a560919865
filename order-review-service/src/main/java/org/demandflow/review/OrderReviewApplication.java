package org.demandflow.review;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The order review service: review cases, secrecy orders, expiry and challenges. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OrderReviewApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrderReviewApplication.class, args);
    }
}
