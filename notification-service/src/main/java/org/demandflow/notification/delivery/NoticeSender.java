package org.demandflow.notification.delivery;

/** Hands a notice to the mail system; a runtime exception means it was not accepted. */
public interface NoticeSender {

    void send(Delivery delivery);
}
