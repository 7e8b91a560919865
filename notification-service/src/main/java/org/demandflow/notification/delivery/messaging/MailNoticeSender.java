package org.demandflow.notification.delivery.messaging;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.demandflow.notification.MailConnection;
import org.demandflow.notification.delivery.Delivery;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeSender;
import org.demandflow.notification.delivery.application.DeliveryProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a notice as a multipart/alternative mail (plain text and HTML) through SMTP. Its
 * {@code Message-ID} is derived from the notice id, so the rare re-send after a crash mid-send
 * carries the same Message-ID as the first and a mail sink or client can discard it.
 */
@Component
public class MailNoticeSender implements NoticeSender, DisposableBean {

    private final JavaMailSenderImpl mailSender;
    /** A connection per sending thread (each dispatcher worker sends one notice at a time on its own). */
    private final Map<Thread, MailConnection> connections = new ConcurrentHashMap<>();
    private final DeliveryProperties properties;

    public MailNoticeSender(JavaMailSenderImpl mailSender, DeliveryProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    /** Closes the SMTP connections kept open between sends. */
    @Override
    public void destroy() {
        connections.values().forEach(MailConnection::close);
        connections.clear();
    }

    /** The Message-ID of every mail sent for the notice. */
    public static String messageIdOf(Notice notice) {
        return "<notice-" + notice.id() + "@demandflow>";
    }

    @Override
    public void send(Delivery delivery) {
        connections.computeIfAbsent(Thread.currentThread(), thread -> new MailConnection(mailSender))
                .send(message(delivery));
    }

    private MimeMessage message(Delivery delivery) {
        MimeMessage message = new StableIdMessage(mailSender.getSession(), messageIdOf(delivery.notice()));
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(delivery.notice().recipientEmail());
            helper.setSubject(delivery.letter().subject());
            helper.setText(MailRendering.plainText(delivery.letter()), MailRendering.html(delivery.letter()));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }

    /** A message that keeps the Message-ID it was given instead of generating one when saved. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
