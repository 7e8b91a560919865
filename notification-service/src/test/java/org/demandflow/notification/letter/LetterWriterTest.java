package org.demandflow.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.gate.DelayedNotice;
import org.demandflow.notification.gate.NoticeScope;
import org.demandflow.notification.letter.NoticeLetter.Fact;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;

class LetterWriterTest {

    static final DemandFacts DEMAND = new DemandFacts(DemandId.parse("6f1c1f3e-8a42-4c1e-9a59-0d3b6c2f7e11"), "contoso",
            "SEARCH_WARRANT", List.of("SUBSCRIBER", "CONTENT"), "FBI", "US", Instant.parse("2026-05-04T13:00:00Z"));
    static final DelayedNotice DELAY = new DelayedNotice("USC_2705A", "W.D. Wash.", "MJ-26-117",
            Instant.parse("2026-05-05T00:00:00Z"), Instant.parse("2026-08-03T00:00:00Z"));
    final LetterWriter writer = new LetterWriter("Example Cloud", "legal-notices@cloud.example");

    @Test
    void a_notice_states_the_demand_type_categories_agency_country_date_and_contact() {
        NoticeLetter letter = writer.write(DEMAND, Optional.empty(), NoticeScope.ALL_CONTACTS);
        assertThat(letter.facts()).containsExactly(
                new Fact("Type of demand", "Search warrant"),
                new Fact("Data requested", "subscriber information, content"),
                new Fact("Issuing agency", "FBI (US)"),
                new Fact("Received on", "2026-05-04"));
        assertThat(letter.closing()).contains("legal-notices@cloud.example");
        assertThat(letter.confidentialityWarning()).isEmpty();
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
}
