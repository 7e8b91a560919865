package org.demandflow.notification.notice.delivery;

import org.demandflow.notification.letter.NoticeLetter;
import org.demandflow.notification.notice.Notice;

/** A claimed notice (SENDING) and the letter to send for it. */
public record Delivery(Notice notice, NoticeLetter letter) {
}
