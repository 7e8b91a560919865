package org.demandflow.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.demandflow.notification.response.LetterKind;
import org.junit.jupiter.api.Test;

class RequesterLetterWriterTest {

    final RequesterLetterWriter writer = new RequesterLetterWriter("Example Cloud", "legal@cloud.example");

    @Test
    void a_redirect_letter_states_the_policy_to_redirect_to_the_customer_and_the_legal_contact() {
        NoticeLetter letter = writer.write(LetterWriterTest.DEMAND, LetterKind.REDIRECT, Optional.empty());
        assertThat(letter.subject()).contains("T-4711", "seek the data from the customer");
        assertThat(letter.opening()).contains("policy to redirect", "seek the data from the customer directly");
        assertThat(letter.closing()).contains("legal@cloud.example");
    }

    @Test
    void a_letter_quotes_the_agencys_own_reference_court_and_docket_and_ours() {
        NoticeLetter letter = writer.write(LetterWriterTest.DEMAND, LetterKind.REDIRECT, Optional.empty());
        assertThat(letter.asText()).contains("Your reference: T-4711", "Court: W.D. Wash.", "Docket: MJ-26-117",
                "Our reference: " + LetterWriterTest.DEMAND_ID);
    }

    @Test
    void a_letter_names_no_customer_no_account_and_no_executive() {
        for (LetterKind kind : LetterKind.values()) {
            String text = writer.write(LetterWriterTest.DEMAND, kind, Optional.of("no lawful basis")).asText()
                    + writer.write(LetterWriterTest.DEMAND, kind, Optional.empty()).subject();
            assertThat(text).doesNotContain("contoso", "mailbox-7", "tenant-42", "Ada", "ada@", "@contoso");
        }
    }

    @Test
    void a_rejection_letter_gives_the_reason() {
        NoticeLetter letter = writer.write(LetterWriterTest.DEMAND, LetterKind.REJECTION,
                Optional.of("a subpoena cannot compel content"));
        assertThat(letter.subject()).contains("rejected");
        assertThat(letter.asText()).contains("Reason: a subpoena cannot compel content");
    }

    @Test
    void a_letter_of_a_demand_without_an_agency_reference_quotes_ours() {
        NoticeLetter letter = writer.write(LetterWriterTest.BARE, LetterKind.REDIRECT, Optional.empty());
        assertThat(letter.subject()).contains(LetterWriterTest.DEMAND_ID.toString());
        assertThat(letter.asText()).doesNotContain("Your reference", "Court:", "Docket:");
    }
}
