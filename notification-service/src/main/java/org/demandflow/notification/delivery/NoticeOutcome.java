package org.demandflow.notification.delivery;

/** How a notice ended, as {@code customer-notices} reports it. */
public enum NoticeOutcome {
    SENT,
    FAILED
}
