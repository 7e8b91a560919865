package org.demandflow.notification.delivery.messaging;

import java.util.stream.Collectors;
import org.demandflow.notification.letter.NoticeLetter;
import org.springframework.web.util.HtmlUtils;

/** A letter as plain text and as HTML (every value escaped). */
final class MailRendering {

    private MailRendering() {
    }

    static String plainText(NoticeLetter letter) {
        return letter.asText();
    }

    static String html(NoticeLetter letter) {
        String warning = letter.confidentialityWarning()
                .map(text -> "<p style=\"border:2px solid #b00;padding:8px;color:#b00\"><strong>"
                        + escape(text) + "</strong></p>")
                .orElse("");
        String facts = letter.facts().stream()
                .map(fact -> "<tr><th align=\"left\">" + escape(fact.label()) + "</th><td>" + escape(fact.value())
                        + "</td></tr>")
                .collect(Collectors.joining());
        return "<html><body>" + warning + "<p>" + escape(letter.opening()) + "</p><table>" + facts + "</table><p>"
                + escape(letter.closing()) + "</p></body></html>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
