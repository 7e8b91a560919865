package org.demandflow.notification.delivery;

import org.demandflow.notification.letter.NoticeLetter;

/** A notice handed over (SENDING) and the letter to send for it. */
public record Delivery(Notice notice, NoticeLetter letter) {
}
