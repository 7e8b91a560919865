package org.demandflow.notification.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.demandflow.support.domain.EmailAddress;

/** The latest executive directory of one customer. */
public record CustomerDirectory(String customerId, List<Executive> executives, Instant updatedAt) {

    public CustomerDirectory {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        executives = List.copyOf(executives);
    }

    /** The addresses of the customer's legal-notice contacts, each once (compared without regard to case). */
    public List<String> legalNoticeContacts() {
        return emailsOf(Executive::legalNoticeContact);
    }

    /**
     * The addresses that an executive-only order permits and that the customer approved
     * for carve-out notices: both must hold.
     */
    public List<String> approvedAmong(Collection<String> permittedRecipients) {
        return emailsOf(executive -> executive.secrecyCarveOutApproved()
                && permittedRecipients.stream().anyMatch(executive::hasEmail));
    }

    private List<String> emailsOf(Predicate<Executive> eligible) {
        return executives.stream()
                .filter(eligible)
                .map(Executive::email)
                .filter(email -> !email.isBlank())
                .map(String::trim)
                .collect(Collectors.toMap(EmailAddress::normalise, email -> email, (first, same) -> first,
                        LinkedHashMap::new))
                .values().stream().toList();
    }
}
