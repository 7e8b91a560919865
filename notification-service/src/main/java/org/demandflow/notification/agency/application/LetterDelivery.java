package org.demandflow.notification.agency.application;

import org.demandflow.notification.agency.RequesterLetter;
import org.demandflow.notification.letter.NoticeLetter;

/** A letter handed over (SENDING, addressed to the requester) and its words. */
public record LetterDelivery(RequesterLetter letter, NoticeLetter text) {
}
