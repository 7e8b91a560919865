package org.demandflow.notification.gate.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The status backlog read from the broker the status binding consumes: its topic and group are the
 * binding's own ({@code secrecyStatus-in-0} in application.yml), its admin client Boot's Kafka
 * settings with short timeouts (a broker that does not answer holds every notice). A look serves as the
 * measure of the next one for at most half of {@code demandflow.notification.backlog-horizon} (default 2 s; the
 * dispatcher reuses a look within a sweep for at most the other half, so no notice leaves while a status of its demand
 * published more than the horizon earlier is unread). The horizon is a setting of its own: the dispatch interval is
 * only the backstop between sweeps woken by status changes, and may be long.
 */
@Configuration(proxyBeanMethods = false)
class StatusBacklogConfiguration {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Bean(destroyMethod = "close")
    KafkaStatusBacklog statusBacklog(KafkaAdmin kafkaAdmin,
            @Value("${spring.cloud.stream.bindings.secrecyStatus-in-0.destination}") String topic,
            @Value("${spring.cloud.stream.bindings.secrecyStatus-in-0.group}") String group,
            @Value("${demandflow.notification.backlog-horizon:2s}") Duration horizon, Clock clock) {
        Map<String, Object> settings = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "notification-status-backlog");
        return new KafkaStatusBacklog(Admin.create(settings), topic, group, TIMEOUT, clock, horizon.dividedBy(2));
    }
}
