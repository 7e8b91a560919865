package org.demandflow.notification.support;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.CustomerNotice;
import org.demandflow.testsupport.kafka.KafkaTestClient;

/** What the service published on {@code customer-notices} about one demand. */
public final class CustomerNotices {

    public static final String TOPIC = "customer-notices";

    private CustomerNotices() {
    }

    /** Every {@code CustomerNotice} of the demand on the topic so far, with its key, in partition order. */
    public static List<ConsumerRecord<String, CustomerNotice>> of(KafkaTestClient kafka, String demandId) {
        return kafka.readAvro(TOPIC).stream()
                .filter(record -> record.value() instanceof CustomerNotice notice
                        && notice.getDemandId().equals(demandId))
                .map(record -> new ConsumerRecord<>(record.topic(), record.partition(), record.offset(),
                        record.key(), (CustomerNotice) record.value()))
                .toList();
    }
}
