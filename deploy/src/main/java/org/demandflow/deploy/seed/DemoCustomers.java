package org.demandflow.deploy.seed;

import java.time.Instant;
import java.util.List;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.events.Executive;

/**
 * The demo customers {@code contoso} and {@code fabrikam}: each with a legal contact approved
 * for secrecy carve-outs, and one who is not, so {@code EXECUTIVE_ONLY} has someone to leave out.
 * Addresses use the reserved {@code .example} domain.
 */
public final class DemoCustomers {

    private DemoCustomers() {
    }

    /** The directory entries to publish on {@code customer-executives}, keyed by customer id. */
    public static List<CustomerExecutives> all(Instant updatedAt) {
        return List.of(
                customer("contoso", updatedAt,
                        executive("Avery Chen", "General Counsel", "avery.chen@contoso.example", true),
                        executive("Jordan Blake", "Chief Information Security Officer", "jordan.blake@contoso.example", false)),
                customer("fabrikam", updatedAt,
                        executive("Morgan Diaz", "Chief Legal Officer", "morgan.diaz@fabrikam.example", true),
                        executive("Riley Park", "Data Protection Officer", "riley.park@fabrikam.example", false)));
    }

    private static CustomerExecutives customer(String customerId, Instant updatedAt, Executive... executives) {
        return CustomerExecutives.newBuilder()
                .setCustomerId(customerId)
                .setExecutives(List.of(executives))
                .setUpdatedAt(updatedAt)
                .build();
    }

    private static Executive executive(String name, String title, String email, boolean carveOutApproved) {
        return Executive.newBuilder()
                .setName(name)
                .setTitle(title)
                .setEmail(email)
                .setLegalNoticeContact(true)
                .setSecrecyCarveOutApproved(carveOutApproved)
                .build();
    }
}
