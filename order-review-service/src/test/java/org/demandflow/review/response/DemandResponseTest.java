package org.demandflow.review.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.review.response.Responses.FBI;
import static org.demandflow.review.response.Responses.REVIEWER;
import static org.demandflow.review.response.Responses.RULES;
import static org.demandflow.review.response.Responses.SECOND;
import static org.demandflow.review.response.Responses.changes;
import static org.demandflow.review.response.Responses.demand;
import static org.demandflow.review.response.Responses.idOf;
import static org.demandflow.review.response.Responses.insisted;
import static org.demandflow.review.response.Responses.minutes;
import static org.demandflow.review.response.Responses.opened;
import static org.demandflow.review.response.Responses.refusal;
import static org.demandflow.review.response.Responses.verified;
import static org.demandflow.review.response.Responses.warrant;

import java.util.List;
import java.util.Optional;
import org.demandflow.support.domain.Refusal;
import org.junit.jupiter.api.Test;

class DemandResponseTest {

    @Test
    void an_opened_response_is_under_review_at_version_one_and_unverified() {
        ResponseChanged first = changes(opened(warrant())).get(0);

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.entry().stage()).isEqualTo(ResponseStage.UNDER_REVIEW);
        assertThat(first.entry().verification()).isEqualTo(Verification.UNVERIFIED);
        assertThat(first.accountsSpecified()).isEqualTo(1);
    }

    @Test
    void a_valid_demand_is_redirected_with_a_redirect_letter_at_the_next_version() {
        ResponseDemand demand = warrant();
        DemandResponse r = opened(demand);

        idOf(r.redirect(RULES.check(demand), null, REVIEWER, minutes(1)));

        ResponseEntry last = r.current();
        assertThat(last.version()).isEqualTo(2);
        assertThat(last.stage()).isEqualTo(ResponseStage.REDIRECT_REQUESTED);
        assertThat(last.letter()).isEqualTo(LetterKind.REDIRECT);
    }

    @Test
    void a_demand_failing_its_checks_cannot_be_redirected_and_the_refusal_names_the_reasons() {
        ResponseDemand demand = demand("SUBPOENA", List.of("CONTENT"), 0, "US", "agent@fbi.gov");
        DemandResponse r = opened(demand);

        Refusal refused = refusal(r.redirect(RULES.check(demand), null, REVIEWER, minutes(1)));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused.violations()).extracting(Refusal.Violation::code)
                .containsExactly("NO_LAWFUL_BASIS", "NO_NAMED_ACCOUNT");
        assertThat(r.version()).isEqualTo(1);
    }

    @Test
    void a_rejection_at_validity_review_closes_rejected_with_a_rejection_letter_and_the_failed_checks() {
        ResponseDemand demand = demand("SUBPOENA", List.of("CONTENT"), 1, "US", "agent@fbi.gov");
        DemandResponse r = opened(demand);

        idOf(r.reject(RULES.check(demand), "a subpoena cannot reach content", REVIEWER, minutes(1)));

        assertThat(r.stage()).isEqualTo(ResponseStage.CLOSED);
        assertThat(r.disposition()).isEqualTo(Disposition.REJECTED);
        assertThat(r.current().letter()).isEqualTo(LetterKind.REJECTION);
        assertThat(r.current().reason()).contains("no lawful basis for CONTENT");
    }

    @Test
    void an_agency_that_will_seek_from_the_customer_closes_the_response_redirected() {
        ResponseDemand demand = warrant();
        DemandResponse r = opened(demand);
        r.redirect(RULES.check(demand), null, REVIEWER, minutes(1));

        idOf(r.answer(AgencyAnswer.WILL_SEEK_FROM_CUSTOMER, null, REVIEWER, minutes(2)));

        assertThat(r.stage()).isEqualTo(ResponseStage.CLOSED);
        assertThat(r.disposition()).isEqualTo(Disposition.REDIRECTED);
    }

    @Test
    void a_withdrawn_demand_closes_the_response_withdrawn() {
        ResponseDemand demand = warrant();
        DemandResponse r = opened(demand);
        r.redirect(RULES.check(demand), null, REVIEWER, minutes(1));

        idOf(r.answer(AgencyAnswer.WITHDRAWN, null, REVIEWER, minutes(2)));

        assertThat(r.disposition()).isEqualTo(Disposition.WITHDRAWN);
    }

    @Test
    void an_insisting_agency_moves_the_response_to_production_review() {
        DemandResponse r = insisted(warrant());

        assertThat(r.stage()).isEqualTo(ResponseStage.PRODUCTION_REVIEW);
        assertThat(r.agencyAnswer()).isEqualTo(AgencyAnswer.INSISTS);
    }

    @Test
    void an_agency_answer_without_a_redirect_is_refused_naming_the_stage() {
        Refusal refused = refusal(opened(warrant()).answer(AgencyAnswer.INSISTS, null, REVIEWER, minutes(1)));

        assertThat(refused.detail()).contains("UNDER_REVIEW");
    }

    @Test
    void production_review_closes_with_the_disposition_recorded() {
        DemandResponse r = insisted(warrant());

        idOf(r.dispose(Disposition.DISCLOSED_NON_CONTENT, null, REVIEWER, minutes(3)));

        assertThat(r.disposition()).isEqualTo(Disposition.DISCLOSED_NON_CONTENT);
        assertThat(r.current().letter()).isNull();
        assertThat(r.version()).isEqualTo(4);
    }

    @Test
    void a_disposition_is_final_and_a_second_one_is_refused() {
        DemandResponse r = insisted(warrant());
        r.dispose(Disposition.NO_DATA_FOUND, null, REVIEWER, minutes(3));

        Refusal refused = refusal(r.dispose(Disposition.DISCLOSED_CONTENT, null, REVIEWER, minutes(4)));

        assertThat(refused.detail()).contains("CLOSED (NO_DATA_FOUND)").contains("correct it");
    }

    @Test
    void a_correction_is_a_new_version_with_its_reason() {
        DemandResponse r = insisted(warrant());
        r.dispose(Disposition.NO_DATA_FOUND, null, REVIEWER, minutes(3));

        idOf(r.correct(Disposition.DISCLOSED_NON_CONTENT, "logs found later", REVIEWER, minutes(4)));

        assertThat(r.version()).isEqualTo(5);
        assertThat(r.disposition()).isEqualTo(Disposition.DISCLOSED_NON_CONTENT);
        assertThat(r.current().reason()).isEqualTo("corrected from NO_DATA_FOUND: logs found later");
    }

    @Test
    void a_correction_without_a_reason_is_refused() {
        DemandResponse r = insisted(warrant());
        r.dispose(Disposition.NO_DATA_FOUND, null, REVIEWER, minutes(3));

        assertThat(refusal(r.correct(Disposition.REJECTED, " ", REVIEWER, minutes(4))).kind())
                .isEqualTo(Refusal.Kind.INVALID);
    }

    @Test
    void a_rejected_disposition_asks_for_a_rejection_letter() {
        DemandResponse r = insisted(warrant());

        idOf(r.dispose(Disposition.REJECTED, "overbroad", REVIEWER, minutes(3)));

        assertThat(r.current().letter()).isEqualTo(LetterKind.REJECTION);
    }

    @Test
    void without_a_requester_email_the_redirect_is_recorded_but_its_letter_withheld() {
        ResponseDemand demand = demand("SEARCH_WARRANT", List.of("CONTENT"), 1, "US", null);
        DemandResponse r = opened(demand);

        idOf(r.redirect(RULES.check(demand), null, REVIEWER, minutes(1)));

        assertThat(r.stage()).isEqualTo(ResponseStage.REDIRECT_REQUESTED);
        assertThat(r.current().letter()).isNull();
        assertThat(r.hasWithheldLetter()).isTrue();
    }

    @Test
    void a_failed_check_closes_the_response_rejected_with_a_rejection_letter() {
        DemandResponse r = opened(warrant());

        idOf(r.recordCheck(new CheckRequest(CheckMethod.SIGNED_PORTAL, Verification.FAILED, null, "no signature"),
                Optional.of(FBI), REVIEWER, minutes(1)));

        assertThat(r.disposition()).isEqualTo(Disposition.REJECTED);
        assertThat(r.verification()).isEqualTo(Verification.FAILED);
        assertThat(r.current().letter()).isEqualTo(LetterKind.REJECTION);
    }

    @Test
    void a_callback_to_a_number_not_in_the_directory_is_refused() {
        Refusal refused = refusal(opened(warrant()).recordCheck(new CheckRequest(CheckMethod.CALLBACK,
                Verification.VERIFIED, "+1 555 0100", null), Optional.of(FBI), REVIEWER, minutes(1)));

        assertThat(refused.detail()).contains("not one of agency FBI's");
    }

    @Test
    void an_emergency_request_is_not_disclosed_without_a_confirmed_verified_check() {
        DemandResponse r = insisted(demand("EMERGENCY_REQUEST", List.of("NON_CONTENT"), 1, "US", "a@fbi.gov"));
        verified(r, REVIEWER);

        Refusal refused = refusal(r.dispose(Disposition.DISCLOSED_NON_CONTENT, null, REVIEWER, minutes(4)));

        assertThat(refused.detail()).contains("EMERGENCY_REQUEST").contains("awaits a second reviewer");
    }

    @Test
    void an_emergency_request_is_disclosed_once_a_second_reviewer_confirmed_the_verified_check() {
        DemandResponse r = insisted(demand("EMERGENCY_REQUEST", List.of("NON_CONTENT"), 1, "US", "a@fbi.gov"));
        String checkId = idOf(verified(r, REVIEWER));
        idOf(r.confirmCheck(checkId, SECOND, minutes(4)));

        idOf(r.dispose(Disposition.DISCLOSED_NON_CONTENT, null, REVIEWER, minutes(5)));

        assertThat(r.disposition()).isEqualTo(Disposition.DISCLOSED_NON_CONTENT);
    }

    @Test
    void the_recorder_of_a_check_cannot_confirm_it() {
        DemandResponse r = opened(warrant());
        String checkId = idOf(verified(r, REVIEWER));

        assertThat(refusal(r.confirmCheck(checkId, REVIEWER, minutes(4))).detail())
                .contains("a second reviewer must confirm it");
    }

    @Test
    void a_verified_check_publishes_a_version_carrying_the_verification() {
        DemandResponse r = opened(warrant());
        changes(r);

        verified(r, REVIEWER);

        ResponseChanged change = changes(r).get(0);
        assertThat(change.version()).isEqualTo(2);
        assertThat(change.entry().verification()).isEqualTo(Verification.VERIFIED);
        assertThat(change.entry().stage()).isEqualTo(ResponseStage.UNDER_REVIEW);
    }

    @Test
    void content_is_not_disclosed_for_a_demand_that_asks_for_none() {
        DemandResponse r = insisted(demand("SEARCH_WARRANT", List.of("SUBSCRIBER"), 1, "US", "a@fbi.gov"));

        assertThat(refusal(r.dispose(Disposition.DISCLOSED_CONTENT, null, REVIEWER, minutes(3))).detail())
                .contains("asks for no CONTENT");
    }
}
