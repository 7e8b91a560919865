package org.demandflow.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.demandflow.contracts.submission.Reason;
import org.demandflow.contracts.submission.ReasonCode;
import org.demandflow.contracts.submission.SubmissionRules;
import org.demandflow.intake.demand.DataCategory;
import org.demandflow.intake.demand.DemandType;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

    private final SubmissionValidator validator = new SubmissionValidator(
            Clock.fixed(SubmissionFixture.NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

    private Validation validate(Consumer<SubmissionFixture> change) {
        SubmissionFixture fixture = new SubmissionFixture();
        change.accept(fixture);
        return validator.validate(fixture.build());
    }

    private List<Reason> reasons(Consumer<SubmissionFixture> change) {
        Validation validation = validate(change);
        assertThat(validation).isInstanceOf(Validation.Invalid.class);
        return ((Validation.Invalid) validation).reasons();
    }

    private void rejects(Consumer<SubmissionFixture> change, String field, ReasonCode code) {
        assertThat(reasons(change)).extracting(Reason::field, Reason::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    private void accepts(Consumer<SubmissionFixture> change) {
        assertThat(validate(change)).isInstanceOf(Validation.Valid.class);
    }

    @Test
    void intakes_demand_types_and_data_categories_are_the_contracts_symbols() {
        assertThat(Arrays.stream(DemandType.values()).map(Enum::name)).containsExactlyElementsOf(
                SubmissionRules.DEMAND_TYPES);
        assertThat(Arrays.stream(DataCategory.values()).map(Enum::name)).containsExactlyElementsOf(
                SubmissionRules.DATA_CATEGORIES);
    }

    @Test
    void a_complete_submission_is_valid_with_typed_content() {
        Validation validation = validate(f -> { });
        ValidSubmission valid = ((Validation.Valid) validation).submission();
        assertThat(valid.ticket().externalReference()).isEqualTo("LE-2026-0001");
        assertThat(valid.details().demandType()).isEqualTo(DemandType.SEARCH_WARRANT);
        assertThat(valid.details().dataCategories()).containsExactlyInAnyOrder(DataCategory.SUBSCRIBER,
                DataCategory.CONTENT);
    }

    @Test
    void a_submission_with_only_the_required_values_is_valid() {
        accepts(f -> {
            f.court = null;
            f.docketNumber = null;
            f.requesterName = null;
            f.requesterEmail = null;
            f.responseDueAt = null;
            f.notes = null;
        });
    }

    @Test
    void a_missing_required_text_is_refused_as_required() {
        rejects(f -> f.customerId = null, "customerId", ReasonCode.REQUIRED);
        rejects(f -> f.submissionId = null, "submissionId", ReasonCode.REQUIRED);
        rejects(f -> f.sourceSystem = null, "sourceSystem", ReasonCode.REQUIRED);
        rejects(f -> f.externalReference = null, "externalReference", ReasonCode.REQUIRED);
        rejects(f -> f.agency = null, "issuingAuthority.agency", ReasonCode.REQUIRED);
    }

    @Test
    void a_blank_or_untrimmed_text_is_refused() {
        rejects(f -> f.externalReference = "   ", "externalReference", ReasonCode.BLANK_OR_UNTRIMMED);
        rejects(f -> f.customerId = " contoso", "customerId", ReasonCode.BLANK_OR_UNTRIMMED);
        rejects(f -> f.court = "court\n", "issuingAuthority.court", ReasonCode.BLANK_OR_UNTRIMMED);
    }

    @Test
    void a_control_character_inside_a_text_is_refused_and_line_breaks_in_notes_are_not() {
        rejects(f -> f.customerId = "con\u0000toso", "customerId", ReasonCode.CONTROL_CHARACTER);
        rejects(f -> f.agency = "F\nBI", "issuingAuthority.agency", ReasonCode.CONTROL_CHARACTER);
        rejects(f -> f.notes = "served\u0000by hand", "notes", ReasonCode.CONTROL_CHARACTER);
        accepts(f -> f.notes = "served by hand\n\tat the front desk");
    }

    @Test
    void an_instant_outside_the_years_1970_to_9999_is_refused() {
        rejects(f -> f.receivedAt = Instant.ofEpochMilli(-9_223_372_036_854L), "receivedAt", ReasonCode.OUT_OF_RANGE);
        rejects(f -> f.responseDueAt = Instant.ofEpochMilli(Long.MAX_VALUE), "responseDueAt", ReasonCode.OUT_OF_RANGE);
        accepts(f -> f.responseDueAt = Instant.parse("9999-12-31T00:00:00Z"));
    }

    @Test
    void a_text_longer_than_its_bound_is_refused_and_one_at_the_bound_is_accepted() {
        accepts(f -> f.externalReference = "x".repeat(SubmissionRules.NAME_LENGTH));
        rejects(f -> f.externalReference = "x".repeat(SubmissionRules.NAME_LENGTH + 1), "externalReference",
                ReasonCode.TOO_LONG);
        rejects(f -> f.notes = "n".repeat(SubmissionRules.NOTES_LENGTH + 1), "notes", ReasonCode.TOO_LONG);
    }

    @Test
    void an_unknown_or_missing_demand_type_is_refused() {
        rejects(f -> f.demandType = "WARRANT", "demandType", ReasonCode.UNKNOWN_VALUE);
        rejects(f -> f.demandType = "search_warrant", "demandType", ReasonCode.UNKNOWN_VALUE);
        rejects(f -> f.demandType = null, "demandType", ReasonCode.REQUIRED);
    }

    @Test
    void an_unknown_data_category_is_refused_with_its_position() {
        rejects(f -> f.dataCategories = List.of("CONTENT", "METADATA"), "dataCategories[1]",
                ReasonCode.UNKNOWN_VALUE);
    }

    @Test
    void no_data_category_is_refused() {
        rejects(f -> f.dataCategories = List.of(), "dataCategories", ReasonCode.EMPTY);
        rejects(f -> f.dataCategories = null, "dataCategories", ReasonCode.REQUIRED);
    }

    @Test
    void the_country_must_be_an_iso_alpha_2_code() {
        accepts(f -> f.country = "DE");
        rejects(f -> f.country = "USA", "issuingAuthority.country", ReasonCode.INVALID_COUNTRY);
        rejects(f -> f.country = "us", "issuingAuthority.country", ReasonCode.INVALID_COUNTRY);
        rejects(f -> f.country = "XX", "issuingAuthority.country", ReasonCode.INVALID_COUNTRY);
        rejects(f -> f.country = null, "issuingAuthority.country", ReasonCode.REQUIRED);
    }

    @Test
    void a_missing_issuing_authority_is_refused() {
        rejects(f -> f.withAuthority = false, "issuingAuthority", ReasonCode.REQUIRED);
    }

    @Test
    void the_requester_email_must_be_well_formed() {
        accepts(f -> f.requesterEmail = "first.last+legal@agency.example.gov");
        rejects(f -> f.requesterEmail = "not-an-address", "issuingAuthority.requesterEmail",
                ReasonCode.INVALID_EMAIL);
        rejects(f -> f.requesterEmail = "agent@localhost", "issuingAuthority.requesterEmail",
                ReasonCode.INVALID_EMAIL);
        rejects(f -> f.requesterEmail = "a b@fbi.gov", "issuingAuthority.requesterEmail", ReasonCode.INVALID_EMAIL);
    }

    @Test
    void account_identifiers_must_be_present_non_empty_bounded_and_trimmed() {
        rejects(f -> f.accountIdentifiers = List.of(), "accountIdentifiers", ReasonCode.EMPTY);
        rejects(f -> f.accountIdentifiers = null, "accountIdentifiers", ReasonCode.REQUIRED);
        rejects(f -> f.accountIdentifiers = List.of("a", " "), "accountIdentifiers[1]",
                ReasonCode.BLANK_OR_UNTRIMMED);
        rejects(f -> f.accountIdentifiers = Collections.nCopies(SubmissionRules.MAX_ACCOUNTS + 1, "a"),
                "accountIdentifiers", ReasonCode.TOO_MANY);
        rejects(f -> f.accountIdentifiers = new ArrayList<>(java.util.Arrays.asList("a", null)),
                "accountIdentifiers[1]", ReasonCode.REQUIRED);
    }

    @Test
    void received_at_may_lie_within_the_clock_skew_but_not_beyond() {
        accepts(f -> f.receivedAt = SubmissionFixture.NOW.plusSeconds(299));
        rejects(f -> f.receivedAt = SubmissionFixture.NOW.plusSeconds(301), "receivedAt", ReasonCode.IN_FUTURE);
        rejects(f -> f.receivedAt = null, "receivedAt", ReasonCode.REQUIRED);
    }

    @Test
    void the_response_due_date_must_be_after_the_received_date() {
        rejects(f -> f.responseDueAt = f.receivedAt, "responseDueAt", ReasonCode.NOT_AFTER_RECEIVED);
        rejects(f -> f.responseDueAt = f.receivedAt.minusSeconds(1), "responseDueAt",
                ReasonCode.NOT_AFTER_RECEIVED);
    }

    @Test
    void a_missing_nondisclosure_flag_is_refused() {
        rejects(f -> f.nondisclosureIndicated = null, "nondisclosureIndicated", ReasonCode.REQUIRED);
    }

    @Test
    void every_reason_is_collected_not_only_the_first() {
        List<Reason> reasons = reasons(f -> {
            f.customerId = "";
            f.demandType = "FAX";
            f.country = "Narnia";
            f.requesterEmail = "nobody";
            f.accountIdentifiers = List.of();
            f.receivedAt = SubmissionFixture.NOW.plus(Duration.ofDays(1));
            f.responseDueAt = SubmissionFixture.NOW;
        });
        assertThat(reasons).extracting(Reason::code).containsExactlyInAnyOrder(ReasonCode.BLANK_OR_UNTRIMMED,
                ReasonCode.UNKNOWN_VALUE, ReasonCode.INVALID_COUNTRY, ReasonCode.INVALID_EMAIL, ReasonCode.EMPTY,
                ReasonCode.IN_FUTURE, ReasonCode.NOT_AFTER_RECEIVED);
        assertThat(reasons).allSatisfy(reason -> assertThat(reason.message()).isNotBlank());
    }
}
