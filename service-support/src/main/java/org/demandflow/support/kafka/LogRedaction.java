package org.demandflow.support.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.integration.context.IntegrationContextUtils;
import org.springframework.integration.expression.FunctionExpression;
import org.springframework.integration.handler.LoggingHandler;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.messaging.Message;

/**
 * Keeps record values out of the logs of the frameworks a binding runs on. spring-kafka names a
 * record as topic-partition@offset, a record it sends as topic-partition (by default it prints a
 * sent record whole, key and value). Spring Integration's error logger (the subscriber of
 * {@code errorChannel}, which the binder's error channels feed; its handler bean is
 * {@code _org.springframework.integration.errorLogger.handler}) prints the failed message with its
 * payload; it logs {@link FailureText#summary} of the failure instead.
 */
final class LogRedaction implements BeanPostProcessor {

    LogRedaction() {
        KafkaUtils.setConsumerRecordFormatter(LogRedaction::name);
        KafkaUtils.setProducerRecordFormatter(LogRedaction::name);
    }

    static String name(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    static String name(ProducerRecord<?, ?> record) {
        return record.topic() + "-" + (record.partition() == null ? "?" : record.partition());
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof LoggingHandler errorLogger
                && beanName.startsWith(IntegrationContextUtils.ERROR_LOGGER_BEAN_NAME)) {
            errorLogger.setLogExpression(new FunctionExpression<Message<?>>(LogRedaction::describe));
        }
        return bean;
    }

    private static String describe(Message<?> message) {
        return message.getPayload() instanceof Throwable failure ? "Message handling failed: "
                + FailureText.summary(failure) : "Error message of a " + message.getPayload().getClass().getName();
    }
}
