package org.demandflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection kept open from one send to the next, for one dispatcher thread. Spring's
 * {@link JavaMailSenderImpl} opens and closes a connection for every {@code send} call: about 50 ms a mail against
 * the local mail sink, against about 5 ms on an open connection, and a mail goes out one at a time (DESIGN.md
 * rule 9). Written here because neither Spring nor Jakarta Mail keeps a connection between calls.
 *
 * <p>Before each send on a connection kept open, a {@code NOOP} checks it (one round trip, against a connection's
 * set-up); a connection the server has closed is opened again before the message's SMTP transaction starts, so
 * the transaction itself is the only one a send makes (DESIGN.md rule 9's window stays one SMTP transaction). One
 * idle for {@link #CLOSE_AFTER} is closed and opened again. A send that fails closes the connection and throws, as
 * {@link JavaMailSenderImpl} does: the caller records the failure and retries later with the same Message-ID.
 */
public final class MailConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailConnection.class);

    static final Duration CLOSE_AFTER = Duration.ofMinutes(1);

    private final JavaMailSenderImpl settings;
    private Transport transport;
    /** When the connection last sent ({@link System#nanoTime()}: how long a socket idles is not business time). */
    private long lastUsed;

    /** @param settings where and how to connect (the {@code spring.mail.*} properties), and the mail session */
    public MailConnection(JavaMailSenderImpl settings) {
        this.settings = settings;
    }

    /** Sends one message on the open connection (opening it first if need be). */
    public synchronized void send(MimeMessage message) {
        try {
            prepare(message);
            Transport open = open();
            open.sendMessage(message, message.getAllRecipients());
            lastUsed = System.nanoTime();
        } catch (jakarta.mail.AuthenticationFailedException e) {
            close();
            throw new MailAuthenticationException(e);
        } catch (MessagingException | RuntimeException e) {
            close();
            throw new MailSendException("SMTP send failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            log.debug("Closing the SMTP connection failed: {}", e.getMessage());
        }
        transport = null;
    }

    private Transport open() throws MessagingException {
        Duration idle = Duration.ofNanos(System.nanoTime() - lastUsed);
        if (transport != null && (idle.compareTo(CLOSE_AFTER) >= 0 || !transport.isConnected())) {
            close();
        }
        if (transport == null) {
            Transport fresh = settings.getSession().getTransport(
                    settings.getProtocol() == null ? "smtp" : settings.getProtocol());
            fresh.connect(settings.getHost(), settings.getPort(), settings.getUsername(), settings.getPassword());
            transport = fresh;
        }
        return transport;
    }

    /** What {@link JavaMailSenderImpl} does before a send: the date, and the headers saved (the Message-ID kept). */
    private static void prepare(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
    }
}
