package org.demandflow.notification.delivery;

import org.demandflow.notification.letter.NoticeLetter;

/** A claimed notice (SENDING) and the letter to send for it. */
public record Delivery(Notice notice, NoticeLetter letter) {
}
