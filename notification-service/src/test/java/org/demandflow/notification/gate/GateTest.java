package org.demandflow.notification.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.notification.directory.CustomerDirectory;
import org.demandflow.notification.directory.Executive;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;

class GateTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Optional<CustomerDirectory> CONTOSO = Optional.of(new CustomerDirectory("contoso", List.of(
            new Executive("Ada", "General Counsel", "ada@contoso.example", true, true),
            new Executive("Bob", "CISO", "bob@contoso.example", false, true),
            new Executive("Cy", "CFO", "cy@contoso.example", true, false),
            new Executive("Dee", "CEO", "dee@contoso.example", false, false)), NOW));

    static final DemandId DEMAND = DemandId.parse("6f1c1f3e-8a42-4c1e-9a59-0d3b6c2f7e11");

    static StatusChange status(int version, SecrecyStatus status, String... permitted) {
        return new StatusChange(DEMAND, "contoso", version, status, "because", List.of(permitted), null, NOW);
    }

    /** What the gate makes of a status that supersedes the latest applied one (none if null). */
    static GateOutcome decide(StatusChange latest, StatusChange incoming) {
        assertThat(incoming.supersedes(Optional.ofNullable(latest))).isTrue();
        return Gate.superseding(incoming, CONTOSO);
    }

    /** Whom the outcome lets be told: the recipients of an opened gate, else nobody. */
    static List<String> recipients(GateOutcome outcome) {
        return outcome instanceof GateOutcome.Opened opened ? opened.recipients() : List.of();
    }

    @Test
    void a_demand_pending_review_notifies_nobody() {
        assertThat(decide(null, status(1, SecrecyStatus.PENDING_REVIEW))).isInstanceOf(GateOutcome.Closed.class);
        assertThat(recipients(decide(null, status(1, SecrecyStatus.PENDING_REVIEW)))).isEmpty();
    }

    @Test
    void a_restricted_demand_notifies_nobody() {
        GateOutcome outcome = decide(status(1, SecrecyStatus.PENDING_REVIEW), status(2, SecrecyStatus.RESTRICTED));
        assertThat(outcome).isInstanceOf(GateOutcome.Closed.class);
        assertThat(recipients(outcome)).isEmpty();
    }

    @Test
    void a_cleared_demand_notifies_every_legal_notice_contact_and_nobody_else() {
        GateOutcome outcome = decide(status(1, SecrecyStatus.PENDING_REVIEW), status(2, SecrecyStatus.CLEARED));
        assertThat(outcome).isEqualTo(new GateOutcome.Opened(status(2, SecrecyStatus.CLEARED),
                List.of("ada@contoso.example", "cy@contoso.example")));
        assertThat(outcome.status().status().scope()).isEqualTo(NoticeScope.ALL_CONTACTS);
    }

    @Test
    void an_executive_only_status_notifies_only_executives_both_permitted_and_approved() {
        GateOutcome outcome = decide(status(1, SecrecyStatus.PENDING_REVIEW), status(2, SecrecyStatus.EXECUTIVE_ONLY,
                "BOB@contoso.example", "cy@contoso.example", "eve@elsewhere.example"));
        assertThat(outcome).isInstanceOf(GateOutcome.Opened.class);
        assertThat(recipients(outcome)).containsExactly("bob@contoso.example");
        assertThat(outcome.status().status().scope()).isEqualTo(NoticeScope.EXECUTIVE_ONLY);
    }

    @Test
    void an_executive_only_status_naming_no_approved_executive_fails_with_no_recipient() {
        GateOutcome outcome = decide(null, status(1, SecrecyStatus.EXECUTIVE_ONLY, "dee@contoso.example"));
        assertThat(outcome).isEqualTo(new GateOutcome.NoRecipient(status(1, SecrecyStatus.EXECUTIVE_ONLY,
                "dee@contoso.example")));
    }

    @Test
    void a_cleared_demand_of_an_unknown_customer_fails_with_no_recipient() {
        GateOutcome outcome = Gate.superseding(status(1, SecrecyStatus.CLEARED), Optional.empty());
        assertThat(outcome).isInstanceOf(GateOutcome.NoRecipient.class);
    }

    @Test
    void a_repeated_version_does_not_supersede() {
        assertThat(status(2, SecrecyStatus.CLEARED).supersedes(Optional.of(status(2, SecrecyStatus.CLEARED))))
                .isFalse();
    }

    @Test
    void an_older_version_does_not_supersede_even_if_it_cleared_the_demand() {
        assertThat(status(2, SecrecyStatus.CLEARED).supersedes(Optional.of(status(3, SecrecyStatus.RESTRICTED))))
                .isFalse();
    }

    @Test
    void a_newer_restriction_after_clearance_closes_the_gate() {
        assertThat(decide(status(2, SecrecyStatus.CLEARED), status(3, SecrecyStatus.RESTRICTED)))
                .isInstanceOf(GateOutcome.Closed.class);
    }

    @Test
    void a_carve_out_after_a_restriction_opens_the_gate_to_the_carve_out_only() {
        GateOutcome outcome = decide(status(2, SecrecyStatus.RESTRICTED),
                status(3, SecrecyStatus.EXECUTIVE_ONLY, "ada@contoso.example"));
        assertThat(outcome).isEqualTo(new GateOutcome.Opened(status(3, SecrecyStatus.EXECUTIVE_ONLY,
                "ada@contoso.example"), List.of("ada@contoso.example")));
    }

    @Test
    void a_clearance_after_a_carve_out_notifies_every_legal_contact() {
        GateOutcome outcome = decide(status(3, SecrecyStatus.EXECUTIVE_ONLY, "bob@contoso.example"),
                status(4, SecrecyStatus.CLEARED));
        assertThat(recipients(outcome)).containsExactly("ada@contoso.example", "cy@contoso.example");
    }

    @Test
    void a_new_restriction_after_a_carve_out_closes_the_gate() {
        assertThat(decide(status(3, SecrecyStatus.EXECUTIVE_ONLY, "bob@contoso.example"),
                status(4, SecrecyStatus.RESTRICTED))).isInstanceOf(GateOutcome.Closed.class);
    }

    @Test
    void a_carve_out_notice_whose_executive_was_narrowed_away_may_not_be_sent() {
        String recipient = recipients(decide(null, status(2, SecrecyStatus.EXECUTIVE_ONLY, "bob@contoso.example")))
                .get(0);
        assertThat(Gate.stillAllows(2, recipient, Optional.of(status(3, SecrecyStatus.EXECUTIVE_ONLY,
                "ada@contoso.example")), CONTOSO)).isFalse();
    }

    @Test
    void a_status_that_permits_nobody_never_plans_a_notice_even_with_recipients_named() {
        assertThat(decide(null, status(1, SecrecyStatus.RESTRICTED, "bob@contoso.example")))
                .isInstanceOf(GateOutcome.Closed.class);
        assertThat(decide(null, status(1, SecrecyStatus.PENDING_REVIEW, "bob@contoso.example")))
                .isInstanceOf(GateOutcome.Closed.class);
    }

    @Test
    void an_unknown_status_name_reads_as_pending_review() {
        assertThat(SecrecyStatus.fromName("LIFTED_SOMEHOW")).isEqualTo(SecrecyStatus.PENDING_REVIEW);
        assertThat(SecrecyStatus.fromName(null)).isEqualTo(SecrecyStatus.PENDING_REVIEW);
    }

    @Test
    void a_notice_of_the_latest_permitting_version_may_still_be_sent() {
        String recipient = recipients(decide(null, status(2, SecrecyStatus.CLEARED))).get(0);
        assertThat(Gate.stillAllows(2, recipient, Optional.of(status(2, SecrecyStatus.CLEARED)), CONTOSO)).isTrue();
    }

    @Test
    void a_notice_superseded_by_a_newer_version_may_not_be_sent() {
        String recipient = recipients(decide(null, status(2, SecrecyStatus.CLEARED))).get(0);
        assertThat(Gate.stillAllows(2, recipient, Optional.of(status(3, SecrecyStatus.RESTRICTED)), CONTOSO))
                .isFalse();
        assertThat(Gate.stillAllows(2, recipient, Optional.of(status(3, SecrecyStatus.CLEARED)), CONTOSO)).isFalse();
    }

    @Test
    void a_notice_whose_recipient_left_the_directory_may_not_be_sent() {
        String recipient = recipients(decide(null, status(2, SecrecyStatus.CLEARED))).get(0);
        assertThat(Gate.stillAllows(2, recipient, Optional.of(status(2, SecrecyStatus.CLEARED)), Optional.empty()))
                .isFalse();
    }

    @Test
    void a_notice_without_any_known_status_may_not_be_sent() {
        String recipient = recipients(decide(null, status(2, SecrecyStatus.CLEARED))).get(0);
        assertThat(Gate.stillAllows(2, recipient, Optional.empty(), CONTOSO)).isFalse();
    }
}
