package org.demandflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.demandflow.contracts.Topics;
import org.demandflow.contracts.submission.Submissions;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.DemandType;
import org.demandflow.events.Executive;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.events.NoticeOutcome;
import org.junit.jupiter.api.Test;

/**
 * The full set of services on request: a plain subpoena (no nondisclosure indicated, so "no secrecy order" needs no
 * second reviewer) goes from the ticketing system through intake and order review to the customer's legal contact,
 * as a mail at the SMTP server and a {@code CustomerNotice} on {@code customer-notices}.
 */
@DemandflowTest(services = Services.ALL)
class DemandflowAllServicesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Test
    void a_plain_subpoena_without_a_secrecy_order_reaches_the_customers_legal_contact(Demandflow demandflow)
            throws Exception {
        String customer = "kit-" + UUID.randomUUID().toString().substring(0, 8);
        String legal = "legal@" + customer + ".example";
        publish(demandflow, demandflow.crm(), Topics.CUSTOMER_EXECUTIVES, customer, directory(customer, legal));
        await("notification-service holds the directory of " + customer, () -> get(demandflow,
                demandflow.notificationUrl() + "/api/v1/customers/" + customer + "/executives", "auditor")
                .filter(response -> response.statusCode() == 200));

        DemandSubmission submission = subpoena(customer);
        assertThat(Submissions.validate(submission)).as("what intake would reject").isEmpty();
        publish(demandflow, demandflow.ticketing(), Topics.DEMAND_SUBMISSIONS, submission.getSubmissionId(),
                submission);
        String demandId = awaitRecord(demandflow, Topics.DEMANDS, DemandReceived.class,
                received -> received.getSubmissionId().equals(submission.getSubmissionId())).getDemandId();

        String review = demandflow.orderReviewUrl() + "/api/v1/reviews/" + demandId;
        HttpResponse<String> opened = await("the review case of " + demandId,
                () -> get(demandflow, review, "reviewer").filter(response -> response.statusCode() == 200));
        assertThat(opened.body()).contains("\"status\":\"PENDING_REVIEW\"");

        HttpResponse<String> decided = send(HttpRequest.newBuilder(URI.create(review + "/no-secrecy-order"))
                .header("Authorization", "Bearer " + demandflow.accessToken("reviewer"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"no order came with the subpoena\"}")).build());
        assertThat(decided.statusCode()).as("taken at once, no second reviewer: %s", decided.body()).isEqualTo(200);
        assertThat(decided.body()).contains("\"status\":\"CLEARED\"");

        CustomerNotice notice = awaitRecord(demandflow, Topics.CUSTOMER_NOTICES, CustomerNotice.class,
                sent -> sent.getDemandId().equals(demandId) && sent.getOutcome() == NoticeOutcome.SENT);
        assertThat(notice.getRecipientEmail()).isEqualTo(legal);
        MimeMessage mail = await("the notice mail to " + legal, () -> demandflow.receivedMails().stream()
                .filter(received -> recipients(received).contains(legal)).findFirst());
        assertThat(mail.getMessageID()).contains(notice.getNoticeId());
    }

    private static CustomerExecutives directory(String customer, String legal) {
        return CustomerExecutives.newBuilder().setCustomerId(customer)
                .setExecutives(List.of(Executive.newBuilder().setName("Grace Counsel").setTitle("General Counsel")
                        .setEmail(legal).setLegalNoticeContact(true).setSecrecyCarveOutApproved(false).build()))
                .setUpdatedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).build();
    }

    private static DemandSubmission subpoena(String customer) {
        return DemandSubmission.newBuilder()
                .setSubmissionId("kit-" + UUID.randomUUID())
                .setSourceSystem("kit-ticketing")
                .setExternalReference("KIT-" + UUID.randomUUID())
                .setCustomerId(customer)
                .setDemandType(DemandType.SUBPOENA)
                .setIssuingAuthority(IssuingAuthority.newBuilder().setAgency("Federal Bureau of Investigation")
                        .setCountry("US").setCourt(null).setDocketNumber(null)
                        .setRequesterName("Special Agent Dana Lee").setRequesterEmail("dlee@fbi.example").build())
                .setDataCategories(List.of(DataCategory.SUBSCRIBER))
                .setAccountIdentifiers(List.of("mailbox-" + customer))
                .setReceivedAt(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS))
                .setResponseDueAt(Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS))
                .setNondisclosureIndicated(false)
                .setNotes(null)
                .build();
    }

    private static void publish(Demandflow demandflow, Credentials as, String topic, String key, SpecificRecord value)
            throws Exception {
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(demandflow.producerConfig(as))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static <T> T awaitRecord(Demandflow demandflow, String topic, Class<T> type, Predicate<T> wanted) {
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(
                demandflow.consumerConfig("ticketing-kit-" + UUID.randomUUID()))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(500))) {
                    if (type.isInstance(record.value()) && wanted.test(type.cast(record.value()))) {
                        return type.cast(record.value());
                    }
                }
            }
        }
        throw new AssertionError("no wanted " + type.getSimpleName() + " on " + topic + " within " + TIMEOUT);
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError(what + ": not within " + TIMEOUT);
    }

    private static Optional<HttpResponse<String>> get(Demandflow demandflow, String url, String user) {
        return Optional.of(send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + demandflow.accessToken(user)).GET().build()));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return List.of(mail.getRecipients(Message.RecipientType.TO)).stream().map(Object::toString)
                    .map(address -> address.replaceAll(".*<|>.*", "").toLowerCase()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }
}
