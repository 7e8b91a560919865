package org.demandflow.e2e.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** What the SMTP server received, by recipient. */
public final class Mailbox {

    private final GreenMail mail;

    public Mailbox(GreenMail mail) {
        this.mail = mail;
    }

    /** The mails addressed to the recipient, as their full text (headers and body). */
    public List<String> to(String recipient) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(message -> addressedTo(message, recipient))
                .map(GreenMailUtil::getWholeMessage)
                .toList();
    }

    /** The mails addressed to anyone at the customer's domain. */
    public List<String> toCustomer(String customerId) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(message -> addressedTo(message, "@" + customerId + ".example"))
                .map(GreenMailUtil::getWholeMessage)
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().contains(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
