package org.demandflow.notification.directory;

import java.util.Locale;
import java.util.Objects;

/**
 * One executive of a customer, as the CRM lists them.
 *
 * @param legalNoticeContact      the customer wants this person told about demands
 * @param secrecyCarveOutApproved the customer approved this person for notices under an executive-only carve-out
 */
public record Executive(String name, String title, String email, boolean legalNoticeContact,
                        boolean secrecyCarveOutApproved) {

    public Executive {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(email, "email");
    }

    /** Whether this executive's address is {@code address}, compared without regard to case. */
    public boolean hasEmail(String address) {
        return address != null && normalized(email).equals(normalized(address));
    }

    static String normalized(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
