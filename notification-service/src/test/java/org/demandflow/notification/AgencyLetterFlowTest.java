package org.demandflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;
import static org.demandflow.notification.support.Fixtures.REQUESTER;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.demandflow.testsupport.kafka.KafkaTestClient.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.AgencyLetter;
import org.demandflow.events.AgencyLetterKind;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.LetterOutcome;
import org.demandflow.events.ResponseDisposition;
import org.demandflow.events.ResponseStage;
import org.demandflow.notification.support.AvroRecords;
import org.demandflow.notification.support.ServiceTest;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Letters to the agency, fed through {@code demands} and {@code demand-responses}, read through the SMTP server,
 * {@code agency-letters} and the REST API: mailed once per (demand, response version) to the demand's requester
 * e-mail and nobody else, never gated by a secrecy status (this demand has none), and a bad record dead-lettered.
 */
class AgencyLetterFlowTest extends ServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String TOPIC = "demand-responses";

    @Autowired MockMvc mvc;

    KafkaTestClient kafka;
    final String demandId = UUID.randomUUID().toString();

    @BeforeEach
    void contosoIsPublished() {
        kafka = kafka();
        publishContoso(kafka);
    }

    @Test
    void a_redirect_letter_is_mailed_once_to_the_requester_only_even_when_its_response_is_redelivered() {
        demandArrives(kafka, demandId, CUSTOMER);
        DemandResponseChanged redirect = response(2, ResponseStage.REDIRECT_REQUESTED, null, AgencyLetterKind.REDIRECT);
        kafka.send(TOPIC, demandId, response(1, ResponseStage.UNDER_REVIEW, null, null));
        kafka.send(TOPIC, demandId, redirect);
        kafka.send(TOPIC, demandId, redirect);
        // a later letter of the same demand: once it is mailed, the redelivery before it was handled
        kafka.send(TOPIC, demandId, response(3, ResponseStage.CLOSED, ResponseDisposition.REJECTED,
                AgencyLetterKind.REJECTION));

        await().atMost(PATIENCE).until(() -> lettersOf(demandId, "SENT") == 2);
        assertThat(lettersOf(demandId, "PENDING", "SENDING", "SENT", "FAILED")).isEqualTo(2);
        assertThat(mailsWithSubject("seek the data from the customer")).hasSize(1);
        assertThat(mailsWithSubject("rejected")).hasSize(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(2).allSatisfy(mail ->
                assertThat(recipients(mail)).containsExactly(REQUESTER));
        assertThat(noticesOf(demandId, "PENDING", "SENDING", "SENT", "FAILED", "CANCELLED")).isZero();
    }

    @Test
    void a_letter_never_names_the_customer_its_accounts_or_its_executives() {
        demandArrives(kafka, demandId, CUSTOMER);
        kafka.send(TOPIC, demandId, response(1, ResponseStage.REDIRECT_REQUESTED, null, AgencyLetterKind.REDIRECT));

        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(subject(mail) + text(mail)).contains("T-" + demandId, "MJ-26-117", "legal-notices@cloud.example")
                .doesNotContain("contoso", "secret-account", "Ada", "Lovelace", "Agent Smith");
    }

    @Test
    void each_letter_is_published_on_agency_letters_in_the_confluent_wire_format() {
        demandArrives(kafka, demandId, CUSTOMER);
        kafka.send(TOPIC, demandId, response(1, ResponseStage.REDIRECT_REQUESTED, null, AgencyLetterKind.REDIRECT));

        ConsumerRecord<String, Object> published = kafka.awaitAvro("agency-letters",
                record -> record.value() instanceof AgencyLetter letter && letter.getDemandId().equals(demandId));
        assertThat(published.key()).isEqualTo(demandId);
        assertThat((AgencyLetter) published.value()).satisfies(letter -> {
            assertThat(letter.getKind()).isEqualTo(AgencyLetterKind.REDIRECT);
            assertThat(letter.getOutcome()).isEqualTo(LetterOutcome.SENT);
            assertThat(letter.getRecipientEmail()).isEqualTo(REQUESTER);
        });
        byte[] value = kafka.awaitBytes("agency-letters", record -> demandId.equals(record.key())).value();
        assertThat(value[0]).as("Confluent magic byte").isZero();
    }

    @Test
    void a_letter_that_arrives_before_its_demand_is_held_and_mailed_once_the_demand_arrives() {
        kafka.send(TOPIC, demandId, response(1, ResponseStage.REDIRECT_REQUESTED, null, AgencyLetterKind.REDIRECT));
        await().atMost(PATIENCE).until(() -> lettersOf(demandId, "PENDING") == 1);

        demandArrives(kafka, demandId, CUSTOMER);

        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 1);
        assertThat(recipients(SMTP.getReceivedMessages()[0])).containsExactly(REQUESTER);
    }

    @Test
    void a_demand_without_a_requester_email_gets_no_letter_and_a_failed_record() {
        kafka.send("demands", demandId, AvroRecords.demandWithoutRequesterEmail(demandId, CUSTOMER));
        kafka.send(TOPIC, demandId, response(1, ResponseStage.REDIRECT_REQUESTED, null, AgencyLetterKind.REDIRECT));

        AgencyLetter failed = (AgencyLetter) kafka.awaitAvro("agency-letters",
                record -> record.value() instanceof AgencyLetter letter && letter.getDemandId().equals(demandId))
                .value();
        assertThat(failed.getOutcome()).isEqualTo(LetterOutcome.FAILED);
        assertThat(failed.getReason()).isEqualTo("NO_REQUESTER_EMAIL");
        assertThat(failed.getRecipientEmail()).isEmpty();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_undecodable_response_is_dead_lettered_and_a_good_record_behind_it_is_still_handled() {
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        demandArrives(kafka, demandId, CUSTOMER);
        kafka.sendBytes(TOPIC, demandId, garbage);
        kafka.send(TOPIC, demandId, response(1, ResponseStage.REDIRECT_REQUESTED, null, AgencyLetterKind.REDIRECT));

        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 1);
        ConsumerRecord<String, byte[]> dead = kafka.awaitBytes("demand-responses-dlt",
                record -> demandId.equals(record.key()));
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
    }

    @Test
    void an_auditor_reads_the_letters_of_a_demand_and_an_anonymous_caller_cannot() throws Exception {
        demandArrives(kafka, demandId, CUSTOMER);
        kafka.send(TOPIC, demandId, response(1, ResponseStage.REDIRECT_REQUESTED, null, AgencyLetterKind.REDIRECT));
        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 1);

        mvc.perform(get("/api/v1/agency-letters").param("demandId", demandId).with(bearer("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("REDIRECT"))
                .andExpect(jsonPath("$[0].recipientEmail").value(REQUESTER))
                .andExpect(jsonPath("$[0].state").value("SENT"));
        mvc.perform(get("/api/v1/agency-letters").param("demandId", demandId))
                .andExpect(status().isUnauthorized());
    }

    private DemandResponseChanged response(int version, ResponseStage stage, ResponseDisposition disposition,
                                           AgencyLetterKind letter) {
        return AvroRecords.response(demandId, version, stage, disposition, letter);
    }

    private long lettersOf(String demand, String... states) {
        return jdbc.sql("SELECT count(*) FROM agency_letter WHERE demand_id = ? AND state = ANY(?)")
                .params(demand, states).query(Long.class).single();
    }

    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MimeMessage> mailsWithSubject(String text) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> subject(mail).contains(text)).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getAllRecipients()).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
