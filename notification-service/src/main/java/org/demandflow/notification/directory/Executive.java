package org.demandflow.notification.directory;

import java.util.Objects;
import org.demandflow.support.domain.EmailAddress;

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

    /** Whether this executive's address is {@code address}, both in the one normal form of an address. */
    public boolean hasEmail(String address) {
        return address != null && EmailAddress.normalise(email).equals(EmailAddress.normalise(address));
    }
}
