package org.demandflow.notification.agency.messaging;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.demandflow.notification.MailConnection;
import org.demandflow.notification.agency.LetterSender;
import org.demandflow.notification.agency.RequesterLetter;
import org.demandflow.notification.agency.application.AgencyLetterProperties;
import org.demandflow.notification.letter.NoticeLetter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a letter to the requester as a plain-text mail through SMTP, to the address it was handed over to (the
 * demand's requester e-mail) and nobody else. Its {@code Message-ID} is derived from the letter's id, so the rare
 * re-send after a crash mid-send carries the same Message-ID as the first.
 */
@Component
public class MailLetterSender implements LetterSender, DisposableBean {

    private final JavaMailSenderImpl mailSender;
    private final MailConnection connection;
    private final AgencyLetterProperties properties;

    public MailLetterSender(JavaMailSenderImpl mailSender, AgencyLetterProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
        this.connection = new MailConnection(mailSender);
    }

    /** Closes the SMTP connection kept open between sends. */
    @Override
    public void destroy() {
        connection.close();
    }

    /** The Message-ID of every mail sent for the letter. */
    public static String messageIdOf(RequesterLetter letter) {
        return "<agency-letter-" + letter.id() + "@demandflow>";
    }

    @Override
    public void send(RequesterLetter handedOver, NoticeLetter text) {
        MimeMessage message = new MimeMessage(mailSender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageIdOf(handedOver));
            }
        };
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(handedOver.recipientEmail());
            helper.setSubject(text.subject());
            helper.setText(text.asText());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        connection.send(message);
    }
}
