package org.demandflow.e2e.support;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the SMTP server received: each mail with its recipient, Message-ID, arrival time and text. */
public final class Mailbox {

    private final GreenMail mail;

    public Mailbox(GreenMail mail) {
        this.mail = mail;
    }

    /** One mail as the SMTP server stored it. */
    public record Mail(String recipient, String messageId, Instant receivedAt, String text) {
    }

    /** One mail's envelope: who received it, its Message-ID and when (read from the headers only). */
    public record Envelope(String recipient, String messageId, Instant receivedAt) {
    }

    /** Every mail received so far, oldest first, without its text: cheap on many mails (the harness keeps 10,000s). */
    public List<Envelope> envelopes() {
        return mail.getManagers().getImapHostManager().getAllMessages().stream()
                .map(Mailbox::envelope)
                .sorted(java.util.Comparator.comparing(Envelope::receivedAt))
                .toList();
    }

    /** Every mail received so far, oldest first. */
    public List<Mail> all() {
        return mail.getManagers().getImapHostManager().getAllMessages().stream()
                .map(Mailbox::mail)
                .sorted(java.util.Comparator.comparing(Mail::receivedAt))
                .toList();
    }

    /** The addresses that received a mail so far (read from the headers only: cheap on many mails). */
    public java.util.Set<String> recipients() {
        return mail.getManagers().getImapHostManager().getAllMessages().stream()
                .map(stored -> recipientOf(stored.getMimeMessage()))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The mails addressed to the recipient, as their full text (headers and body). */
    public List<String> to(String recipient) {
        return all().stream().filter(m -> m.recipient().equalsIgnoreCase(recipient)).map(Mail::text).toList();
    }

    /** The mails addressed to anyone at the customer's domain. */
    public List<Mail> toCustomer(String customerId) {
        String domain = "@" + customerId.toLowerCase(Locale.ROOT) + ".example";
        return all().stream().filter(m -> m.recipient().endsWith(domain)).toList();
    }

    private static Mail mail(StoredMessage stored) {
        MimeMessage message = stored.getMimeMessage();
        try {
            return new Mail(recipientOf(message), message.getMessageID(),
                    stored.getReceivedDate().toInstant(),
                    message.getSubject() + "\n" + plainText(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static Envelope envelope(StoredMessage stored) {
        MimeMessage message = stored.getMimeMessage();
        try {
            return new Envelope(recipientOf(message), message.getMessageID(), stored.getReceivedDate().toInstant());
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static String recipientOf(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            String recipient = to == null || to.length == 0 ? "" : Arrays.stream(to).map(Address::toString)
                    .map(address -> address.replaceAll(".*<|>.*", "")).findFirst().orElse("");
            return recipient.toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    /** The decoded text/plain part of a mail (multipart or not). */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(plainText(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }
}
