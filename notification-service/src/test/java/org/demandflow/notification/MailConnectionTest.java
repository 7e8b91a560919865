package org.demandflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import org.demandflow.notification.support.HoldingSmtpRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The SMTP connection kept open between sends, against a real SMTP server (GreenMail) behind a relay that counts
 * the connections made.
 */
class MailConnectionTest {

    private final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final HoldingSmtpRelay relay = startedRelay();
    private final MailConnection connection = new MailConnection(sender(relay.port()));

    @AfterEach
    void stop() throws IOException {
        connection.close();
        relay.close();
        smtp.stop();
    }

    @Test
    void messages_sent_one_after_another_share_one_connection() throws MessagingException {
        for (int i = 1; i <= 3; i++) {
            connection.send(message("<m-" + i + "@test>"));
        }

        assertThat(receivedIds()).containsExactly("<m-1@test>", "<m-2@test>", "<m-3@test>");
        assertThat(relay.connections()).isEqualTo(1);
    }

    @Test
    void a_connection_the_server_closed_is_opened_again_before_the_next_message() throws MessagingException {
        connection.send(message("<before@test>"));
        smtp.stop();
        smtp.start();

        connection.send(message("<after@test>"));

        assertThat(receivedIds()).containsExactly("<after@test>");
        assertThat(relay.connections()).isEqualTo(2);
    }

    @Test
    void a_send_that_fails_throws_and_the_next_send_opens_a_new_connection() throws MessagingException {
        smtp.stop();

        assertThatThrownBy(() -> connection.send(message("<lost@test>"))).isInstanceOf(MailSendException.class);

        smtp.start();
        connection.send(message("<later@test>"));
        assertThat(receivedIds()).containsExactly("<later@test>");
    }

    private HoldingSmtpRelay startedRelay() {
        smtp.start();
        return new HoldingSmtpRelay(smtp.getSmtp().getPort());
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().setProperty("mail.smtp.timeout", "5000");
        sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "5000");
        return sender;
    }

    private MimeMessage message(String messageId) throws MessagingException {
        MimeMessage message = new MimeMessage(sender(relay.port()).getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom("notices@provider.example");
        helper.setTo("ciso@contoso.example");
        helper.setSubject("A demand");
        helper.setText("text");
        return message;
    }

    private String[] receivedIds() {
        return Arrays.stream(smtp.getReceivedMessages()).map(mail -> {
            try {
                return mail.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(String[]::new);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
