package org.demandflow.notification.restore.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.demandflow.contracts.Contract;
import org.demandflow.events.AgencyLetter;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.LetterOutcome;
import org.demandflow.notification.agency.LetterConcluded;
import org.demandflow.notification.delivery.NoticeConcluded;
import org.demandflow.notification.delivery.NoticeOutcome;
import org.demandflow.notification.gate.NoticeScope;
import org.demandflow.notification.letter.NoticeKind;
import org.demandflow.notification.restore.ConcludedLetters;
import org.demandflow.notification.restore.ConcludedNotices;
import org.demandflow.support.kafka.TopicReadBack;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads {@code customer-notices} and {@code agency-letters} back (service-support's {@link TopicReadBack}: no group,
 * from the first record at or after the instant asked for to the end offsets it had when the reading began). A record
 * that cannot be read fails the reading: a notice or letter the service sent must not be overlooked.
 */
@Component
class KafkaConcludedReports implements ConcludedNotices, ConcludedLetters {

    private final TopicReadBack topics;

    KafkaConcludedReports(KafkaProperties kafka, Environment environment) {
        this.topics = new TopicReadBack(kafka, environment, "notification-restore");
    }

    @Override
    public List<NoticeConcluded> since(Instant from) {
        return readSince(Contract.CUSTOMER_NOTICES.topic(), from, value -> toConcluded((CustomerNotice) value));
    }

    @Override
    public List<LetterConcluded> lettersSince(Instant from) {
        return readSince(Contract.AGENCY_LETTERS.topic(), from, value -> toConcluded((AgencyLetter) value));
    }

    /** The values of a topic from {@code from} to its end at the start, each read by {@code reading}. */
    private <T> List<T> readSince(String topic, Instant from, Function<Object, T> reading) {
        List<T> values = new ArrayList<>();
        TopicReadBack.Reading read = topics.read(topic, from, value -> values.add(reading.apply(value)));
        if (read.unreadable() > 0) {
            throw new IllegalStateException(read.unreadable() + " record(s) of " + topic + " since " + from
                    + " could not be read: the restore cannot tell whether they were sent");
        }
        return values;
    }

    private static LetterConcluded toConcluded(AgencyLetter l) {
        return new LetterConcluded(l.getLetterId(), l.getDemandId(), l.getKind().name(), l.getRecipientEmail(),
                l.getOutcome() == LetterOutcome.SENT, l.getReason(), l.getOccurredAt());
    }

    private static NoticeConcluded toConcluded(CustomerNotice n) {
        return new NoticeConcluded(n.getNoticeId(), n.getDemandId(), n.getCustomerId(), n.getRecipientEmail(),
                NoticeScope.valueOf(n.getScope().name()), n.getStatusVersion(),
                NoticeOutcome.valueOf(n.getOutcome().name()), n.getReason(), n.getOccurredAt(),
                n.getKind() == null ? NoticeKind.DEMAND : NoticeKind.valueOf(n.getKind().name()));
    }
}
