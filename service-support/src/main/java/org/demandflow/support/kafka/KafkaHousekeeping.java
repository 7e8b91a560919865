package org.demandflow.support.kafka;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The one thread of a service's Kafka housekeeping ({@link KafkaHousekeepingAutoConfiguration}). A holder rather
 * than a {@code TaskScheduler} bean: such a bean would take the place of Spring Boot's own scheduler, the one
 * the service's {@code @Scheduled} work runs on.
 */
public final class KafkaHousekeeping implements DisposableBean {

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    KafkaHousekeeping() {
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("kafka-housekeeping-");
        scheduler.setDaemon(true);
        scheduler.initialize();
    }

    /** The shared scheduler. */
    public TaskScheduler scheduler() {
        return scheduler;
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
