package org.demandflow.notification.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerDirectoryTest {

    static final CustomerDirectory DIRECTORY = new CustomerDirectory("contoso", List.of(
            new Executive("Ada", "General Counsel", "ada@contoso.example", true, true),
            new Executive("Ada again", "Counsel", " ADA@contoso.example", true, false),
            new Executive("Bob", "CISO", "bob@contoso.example", false, true)), Instant.EPOCH);

    @Test
    void legal_notice_contacts_are_listed_once_each() {
        assertThat(DIRECTORY.legalNoticeContacts()).containsExactly("ada@contoso.example");
    }

    @Test
    void carve_out_recipients_must_be_both_permitted_and_approved() {
        assertThat(DIRECTORY.approvedAmong(List.of("bob@contoso.example"))).containsExactly("bob@contoso.example");
        assertThat(DIRECTORY.approvedAmong(List.of())).isEmpty();
    }
}
