package org.demandflow.contracts.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.examples.ContractExamples;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandSubmission;
import org.junit.jupiter.api.Test;

/** Offline validation of a record: the reasons intake gives, from the record alone. */
class SubmissionsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private static DemandSubmission example() {
        return ContractExamples.record(Contract.DEMAND_SUBMISSIONS);
    }

    private static List<Reason> validate(DemandSubmission record) {
        return Submissions.validate(record, NOW, SubmissionRules.DEFAULT_CLOCK_SKEW);
    }

    @Test
    void the_published_example_submission_is_valid() {
        assertThat(validate(example())).isEmpty();
    }

    @Test
    void a_record_gets_every_reason_with_intakes_field_code_and_message() {
        DemandSubmission record = example();
        record.setCustomerId(" contoso");
        record.getIssuingAuthority().setCountry("USA");
        record.getIssuingAuthority().setRequesterEmail("not-an-address");
        record.setAccountIdentifiers(List.of());
        record.setResponseDueAt(record.getReceivedAt());

        assertThat(validate(record)).extracting(Reason::field, Reason::code, Reason::message).containsExactly(
                tuple("customerId", ReasonCode.BLANK_OR_UNTRIMMED,
                        "must not be blank or have leading or trailing white space"),
                tuple("issuingAuthority.country", ReasonCode.INVALID_COUNTRY,
                        "must be an ISO 3166-1 alpha-2 code in upper case, such as US or DE"),
                tuple("issuingAuthority.requesterEmail", ReasonCode.INVALID_EMAIL, "must be a well-formed e-mail address"),
                tuple("accountIdentifiers", ReasonCode.EMPTY, "must have at least one element"),
                tuple("responseDueAt", ReasonCode.NOT_AFTER_RECEIVED, "must be after receivedAt"));
    }

    @Test
    void a_record_built_without_its_required_values_names_each_as_required() {
        // nondisclosureIndicated is a primitive boolean in the generated class: it reads false, never absent
        DemandSubmission empty = new DemandSubmission();

        assertThat(validate(empty)).extracting(Reason::field).containsExactly("submissionId", "sourceSystem",
                "externalReference", "customerId", "demandType", "issuingAuthority", "dataCategories",
                "accountIdentifiers", "receivedAt");
        assertThat(validate(empty)).extracting(Reason::code).containsOnly(ReasonCode.REQUIRED);
    }

    @Test
    void a_received_at_beyond_the_clock_skew_is_in_the_future() {
        DemandSubmission record = example();
        record.setReceivedAt(NOW.instant().plus(SubmissionRules.DEFAULT_CLOCK_SKEW).plusSeconds(1));
        record.setResponseDueAt(null);

        assertThat(validate(record)).extracting(Reason::field, Reason::code, Reason::message)
                .containsExactly(tuple("receivedAt", ReasonCode.IN_FUTURE, "must not be in the future (tolerance PT5M)"));
    }

    @Test
    void a_missing_data_category_is_named_by_its_index() {
        DemandSubmission record = example();
        record.setDataCategories(Arrays.asList(DataCategory.CONTENT, null));

        assertThat(validate(record)).extracting(Reason::field, Reason::code)
                .containsExactly(tuple("dataCategories[1]", ReasonCode.REQUIRED));
    }
}
