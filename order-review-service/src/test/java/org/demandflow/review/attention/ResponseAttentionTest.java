package org.demandflow.review.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.demandflow.review.agency.Agency;
import org.demandflow.review.response.AgencyAnswer;
import org.demandflow.review.response.DemandResponse;
import org.demandflow.review.response.ResponseDemand;
import org.demandflow.review.response.ValidityRules;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;

class ResponseAttentionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Optional<Agency> FBI = Optional.of(new Agency("fbi", "FBI", "US", List.of("fbi.gov"),
            List.of(), "reviewer", T0));

    private static DemandResponse redirected(String requesterEmail) {
        ResponseDemand demand = new ResponseDemand(DemandId.random(), "contoso", "SEARCH_WARRANT", "FBI", "US",
                requesterEmail, List.of("CONTENT"), 1);
        DemandResponse r = DemandResponse.open(demand, T0);
        r.redirect(new ValidityRules(Set.of("US")).check(demand), null, "reviewer", T0.plusSeconds(60));
        return r;
    }

    private static List<AttentionKind> kinds(DemandResponse r, Optional<Agency> agency) {
        return ResponseAttention.itemsOf(r, agency).stream().map(AttentionItem::kind).toList();
    }

    @Test
    void a_redirect_without_a_requester_email_is_listed_as_a_withheld_letter() {
        assertThat(kinds(redirected(null), FBI)).containsExactly(AttentionKind.NO_REQUESTER_EMAIL);
    }

    @Test
    void a_requester_email_of_another_domain_is_listed_while_the_response_is_open() {
        assertThat(kinds(redirected("agent@mail.example"), FBI)).containsExactly(AttentionKind.REQUESTER_NOT_OF_AGENCY);
    }

    @Test
    void a_requester_of_an_agency_unknown_to_the_directory_is_listed() {
        assertThat(kinds(redirected("agent@fbi.gov"), Optional.empty()))
                .containsExactly(AttentionKind.REQUESTER_NOT_OF_AGENCY);
    }

    @Test
    void a_closed_response_is_no_longer_listed_for_its_requester() {
        DemandResponse r = redirected("agent@mail.example");
        r.answer(AgencyAnswer.WILL_SEEK_FROM_CUSTOMER, null, "reviewer", T0.plusSeconds(120));

        assertThat(kinds(r, FBI)).isEmpty();
    }
}
