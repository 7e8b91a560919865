package org.demandflow.notification.agency;

import org.demandflow.notification.letter.NoticeLetter;

/** Hands a letter to the requester to the mail system; a runtime exception means it was not accepted. */
public interface LetterSender {

    void send(RequesterLetter handedOver, NoticeLetter text);
}
