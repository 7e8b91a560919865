package org.demandflow.notification.gate;

/** Whom a notice may reach: every legal-notice contact, or only the executives a carve-out permits. */
public enum NoticeScope {
    ALL_CONTACTS,
    EXECUTIVE_ONLY;

    /** Whether the mail must carry a confidentiality warning. */
    public boolean confidential() {
        return this == EXECUTIVE_ONLY;
    }
}
