package org.demandflow.testkit;

/**
 * Which of Demandflow's services a {@link Demandflow} runs. Each runs in this JVM from the executable jar this
 * artifact carries, in a class loader of its own, with its own database.
 */
public enum Services {

    /**
     * intake-service alone: what a ticketing system talks to (submissions in; demands and rejections out). The
     * default, and the quickest to start.
     */
    INTAKE,

    /**
     * Every service (intake, order-review, notification, transparency), the authorization server whose tokens they
     * accept and an SMTP server notification-service sends to: a demand goes all the way to the customer's notice.
     * About three times intake's start (see the test kit's README).
     */
    ALL
}
