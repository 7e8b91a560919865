package org.demandflow.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.gate.DelayedNotice;
import org.demandflow.notification.gate.NoticeScope;
import org.demandflow.notification.letter.NoticeLetter.Fact;
import org.demandflow.notification.response.Disposition;
import org.demandflow.notification.response.ResponseChange;
import org.demandflow.notification.response.ResponseStage;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;

class LetterWriterTest {

    static final DemandId DEMAND_ID = DemandId.parse("6f1c1f3e-8a42-4c1e-9a59-0d3b6c2f7e11");
    static final DemandFacts.Particulars PARTICULARS = new DemandFacts.Particulars("T-4711", "W.D. Wash.",
            "MJ-26-117", "smith@fbi.example", List.of("mailbox-7@contoso.example", "tenant-42"),
            Instant.parse("2026-05-18T13:00:00Z"));
    static final DemandFacts DEMAND = new DemandFacts(DEMAND_ID, "contoso", "SEARCH_WARRANT",
            List.of("SUBSCRIBER", "CONTENT"), "FBI", "US", Instant.parse("2026-05-04T13:00:00Z"), PARTICULARS);
    static final DemandFacts BARE = new DemandFacts(DEMAND_ID, "contoso", "SUBPOENA", List.of("SUBSCRIBER"), "FBI",
            "US", Instant.parse("2026-05-04T13:00:00Z"), DemandFacts.Particulars.NONE);
    static final DelayedNotice DELAY = new DelayedNotice("USC_2705A", "W.D. Wash.", "MJ-26-117",
            Instant.parse("2026-05-05T00:00:00Z"), Instant.parse("2026-08-03T00:00:00Z"));
    final LetterWriter writer = new LetterWriter("Example Cloud", "legal-notices@cloud.example");

    static Optional<ResponseChange> response(ResponseStage stage, Disposition disposition) {
        return Optional.of(new ResponseChange(DEMAND_ID, "contoso", 3, stage, disposition, null, null,
                Instant.parse("2026-05-06T00:00:00Z")));
    }

    NoticeLetter demandNotice(Optional<ResponseChange> response) {
        return writer.write(DEMAND, Optional.empty(), NoticeScope.ALL_CONTACTS, response, NoticeKind.DEMAND);
    }

    String fact(NoticeLetter letter, String label) {
        return letter.facts().stream().filter(fact -> fact.label().equals(label)).map(Fact::value).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + label));
    }

    @Test
    void a_notice_states_the_references_type_categories_accounts_agency_court_docket_dates_and_contact() {
        NoticeLetter letter = writer.write(DEMAND, Optional.empty(), NoticeScope.ALL_CONTACTS);
        assertThat(letter.facts()).startsWith(
                new Fact("Our reference", DEMAND_ID.toString()),
                new Fact("Agency's reference", "T-4711"),
                new Fact("Type of demand", "Search warrant"),
                new Fact("Data requested", "subscriber information, content"),
                new Fact("Your accounts named", "mailbox-7@contoso.example, tenant-42"),
                new Fact("Issuing agency", "FBI (US)"),
                new Fact("Court and docket", "W.D. Wash., docket MJ-26-117"),
                new Fact("Received on", "2026-05-04"),
                new Fact("Response due by", "2026-05-18"));
        assertThat(letter.closing()).contains("legal-notices@cloud.example", "quoting our reference");
        assertThat(letter.confidentialityWarning()).isEmpty();
    }

    @Test
    void a_notice_of_a_demand_that_names_no_court_accounts_or_deadline_leaves_them_out() {
        NoticeLetter letter = writer.write(BARE, Optional.empty(), NoticeScope.ALL_CONTACTS);
        assertThat(letter.facts()).extracting(Fact::label).doesNotContain("Agency's reference", "Your accounts named",
                "Court and docket", "Response due by");
    }

    @Test
    void a_notice_never_names_the_requester() {
        assertThat(demandNotice(Optional.empty()).asText()).doesNotContain("smith@fbi.example");
    }

    @Test
    void a_notice_after_a_delay_states_the_2705a5_elements() {
        NoticeLetter letter = writer.write(DEMAND, Optional.of(DELAY), NoticeScope.ALL_CONTACTS);
        assertThat(letter.opening()).contains("was delayed");
        assertThat(letter.facts()).contains(
                new Fact("Notice delayed", "yes, from 2026-05-05 until 2026-08-03"),
                new Fact("Delay ordered by", "W.D. Wash., docket MJ-26-117"),
                new Fact("Legal basis of the delay", "18 U.S.C. § 2705(a) (delayed notice)"));
    }

    @Test
    void a_notice_without_a_delay_says_nothing_of_one() {
        NoticeLetter letter = writer.write(DEMAND, Optional.empty(), NoticeScope.ALL_CONTACTS);
        assertThat(letter.opening()).doesNotContain("delayed");
        assertThat(letter.facts()).extracting(Fact::label).doesNotContain("Notice delayed");
    }

    @Test
    void an_executive_only_notice_carries_the_confidentiality_warning() {
        NoticeLetter letter = writer.write(DEMAND, Optional.empty(), NoticeScope.EXECUTIVE_ONLY);
        assertThat(letter.confidentialityWarning()).contains(LetterWriter.WARNING);
        assertThat(letter.subject()).startsWith("Confidential");
    }

    @Test
    void a_notice_before_any_response_says_no_data_was_produced_and_that_it_is_not_final() {
        assertThat(fact(demandNotice(Optional.empty()), "Our response"))
                .contains("reviewing", "not produced any data", "not final");
    }

    @Test
    void a_notice_while_the_agency_is_redirected_says_so_and_that_it_is_not_final() {
        assertThat(fact(demandNotice(response(ResponseStage.REDIRECT_REQUESTED, null)), "Our response"))
                .contains("redirected the agency to you", "not final");
    }

    @Test
    void a_notice_of_a_closed_redirect_says_the_agency_was_sent_to_the_customer_and_is_final() {
        NoticeLetter letter = demandNotice(response(ResponseStage.CLOSED, Disposition.REDIRECTED));
        assertThat(fact(letter, "Our response")).contains("agency was sent to you", "final response")
                .doesNotContain("not final");
        assertThat(fact(letter, "What you can do")).contains("Expect the agency to contact you");
    }

    @Test
    void a_notice_of_a_non_content_disclosure_names_the_categories_disclosed_and_no_content() {
        assertThat(fact(demandNotice(response(ResponseStage.CLOSED, Disposition.DISCLOSED_NON_CONTENT)),
                "Our response")).isEqualTo("We disclosed data of these categories, and no content: subscriber"
                + " information. This is our final response.");
    }

    @Test
    void a_notice_of_a_rejection_or_no_data_found_says_nothing_was_produced() {
        assertThat(fact(demandNotice(response(ResponseStage.CLOSED, Disposition.REJECTED)), "Our response"))
                .contains("rejected the demand and produced no data");
        assertThat(fact(demandNotice(response(ResponseStage.CLOSED, Disposition.NO_DATA_FOUND)), "Our response"))
                .contains("found no data");
    }

    @Test
    void a_notice_says_the_customer_may_move_to_quash() {
        assertThat(fact(demandNotice(response(ResponseStage.PRODUCTION_REVIEW, null)), "What you can do"))
                .contains("move to quash");
    }

    @Test
    void a_follow_up_says_the_response_is_now_final() {
        NoticeLetter letter = writer.write(DEMAND, Optional.empty(), NoticeScope.EXECUTIVE_ONLY,
                response(ResponseStage.CLOSED, Disposition.WITHDRAWN), NoticeKind.FOLLOW_UP);
        assertThat(letter.subject()).startsWith("Confidential: Update");
        assertThat(letter.opening()).contains("now final");
        assertThat(fact(letter, "Our response")).contains("withdrew");
        assertThat(fact(letter, "Our reference")).isEqualTo(DEMAND_ID.toString());
    }
}
