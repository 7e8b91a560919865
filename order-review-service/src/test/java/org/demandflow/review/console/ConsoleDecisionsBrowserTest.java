package org.demandflow.review.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandType;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.support.ConsoleTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A reviewer's day in the console, in a real browser (headless Chromium) against the service with its real database
 * and broker: from the queue to a recorded order, a lift approved by a second reviewer, a challenge and its denial,
 * the response steps of a demand intake sent, and a refused recipient named next to its field.
 */
class ConsoleDecisionsBrowserTest extends ConsoleTest {

    @Test
    void a_reviewer_takes_a_demand_from_the_queue_records_an_order_and_sees_the_status_change() {
        DemandId demandId = openedCase();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        as("reviewer").open("/console/queue").click(By.linkText(demandId.toString()));
        assertThat(browser().find(By.id("status")).getText()).isEqualTo("PENDING_REVIEW");
        browser().click(By.id("record-order"));
        browser().find(By.id("authority")).findElement(By.cssSelector("option[value=USC_2705B]")).click();
        browser().fill("court", "W.D. Wash.").fill("docketNumber", "2:26-mj-01")
                .date("issuedOn", today.toString()).date("expiresOn", today.plusDays(90).toString())
                .fill("timeZone", "America/Los_Angeles").click(By.id("check"));

        assertThat(browser().find(By.id("outcome")).getText()).contains("takes effect at once")
                .contains("Restricted: nobody may be told");
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.PENDING_REVIEW);
        browser().click(By.id("confirm"));

        browser().awaitPath("/console/cases/" + demandId);
        assertThat(browser().find(By.id("status")).getText()).isEqualTo("RESTRICTED");
        assertThat(browser().find(By.id("notice")).getText()).contains("Restricted: nobody may be told");
        assertThat(browser().find(By.id("orders")).getText()).contains("USC_2705B")
                .contains(today.plusDays(90) + " (America/Los_Angeles)");
        assertThat(browser().find(By.id("history")).getText()).contains("reviewer").contains("ORDER_RECORDED");
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
        browser().screenshot("console-case-page");
    }

    @Test
    void a_lift_proposed_by_one_reviewer_takes_effect_when_a_second_reviewer_approves_it() {
        DemandId demandId = openedCase();
        String orderId = fullOrderOn(demandId, Duration.ofDays(30));

        as("reviewer").open("/console/cases/" + demandId)
                .click(By.cssSelector("#order-" + orderId + " a.lift"))
                .fill("reason", "court vacated the order").click(By.id("check"));
        assertThat(browser().find(By.id("outcome")).getText()).contains("waits for a second reviewer")
                .contains("Restricted: nobody may be told").contains("Once approved: Cleared");
        browser().click(By.id("confirm"));
        assertThat(browser().find(By.id("notice")).getText()).contains("waits for a second reviewer");
        assertThat(browser().find(By.id("status")).getText()).isEqualTo("RESTRICTED");

        browser().open("/console/approvals");
        By proposal = By.cssSelector(".proposal a[href='/console/cases/" + demandId + "']");
        assertThat(browser().find(proposal).isDisplayed()).isTrue();
        assertThat(browser().find(By.cssSelector(".proposer")).getText()).isEqualTo("reviewer");
        assertThat(browser().shows(By.cssSelector("button.approve"))).as("the proposer is offered no approval")
                .isFalse();

        as("reviewer2").open("/console/approvals").click(By.cssSelector("button.approve"));
        assertThat(browser().find(By.id("outcome")).getText()).contains("Approving lets reviewer's LIFT take effect")
                .contains("Cleared: the customer may be told");
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
        browser().click(By.id("confirm"));

        browser().awaitPath("/console/cases/" + demandId);
        assertThat(browser().find(By.id("notice")).getText()).contains("Approved");
        assertThat(browser().find(By.id("status")).getText()).isEqualTo("CLEARED");
        assertThat(browser().find(By.id("history")).getText()).contains("PROPOSAL_APPROVED").contains("reviewer2");
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.CLEARED);
    }

    @Test
    void a_reviewer_files_a_challenge_and_records_its_denial_with_the_deadline_to_appeal() {
        DemandId demandId = openedCase();
        String orderId = fullOrderOn(demandId, null);

        as("reviewer").open("/console/cases/" + demandId).click(By.cssSelector("#order-" + orderId + " a.challenge"));
        browser().fill("forum", "W.D. Wash.").fill("grounds", "no end date");
        browser().find(By.id("level")).findElement(By.cssSelector("option[value=MAGISTRATE]")).click();
        browser().find(By.id("matter")).findElement(By.cssSelector("option[value=CRIMINAL]")).click();
        browser().click(By.id("check"));
        assertThat(browser().find(By.id("outcome")).getText()).contains("Restricted: nobody may be told");
        browser().click(By.id("confirm"));
        browser().click(By.cssSelector("a.decide-challenge"));
        browser().find(By.id("outcome")).findElement(By.cssSelector("option[value=DENIED]")).click();
        browser().click(By.id("check")).click(By.id("confirm"));

        assertThat(browser().find(By.id("challenges")).getText()).contains("DENIED").contains("MAGISTRATE")
                .contains("Fed. R. Crim. P. 59(a)");
        assertThat(historyOf(demandId)).endsWith(CaseAction.CHALLENGE_FILED, CaseAction.CHALLENGE_DECIDED);
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
    }

    @Test
    void a_demand_received_from_intake_is_redirected_to_the_customer_and_the_agency_s_answer_recorded() {
        String demandId = UUID.randomUUID().toString();
        kafka().send("demands", demandId, DemandReceived.newBuilder().setDemandId(demandId)
                .setSubmissionId(UUID.randomUUID().toString()).setSourceSystem("ticketing")
                .setExternalReference("T-" + demandId).setCustomerId("fabrikam")
                .setDemandType(DemandType.SEARCH_WARRANT)
                .setIssuingAuthority(IssuingAuthority.newBuilder().setAgency("FBI").setCountry("US")
                        .setRequesterEmail("agent@fbi.gov").build())
                .setDataCategories(List.of(DataCategory.CONTENT)).setAccountIdentifiers(List.of("a@fabrikam.com"))
                .setReceivedAt(clock.instant()).setResponseDueAt(clock.instant().plus(Duration.ofDays(14)))
                .setNondisclosureIndicated(false).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> reviews.find(DemandId.parse(demandId)).isPresent());

        as("reviewer").open("/console/queue").click(By.linkText(demandId)).click(By.id("response-link"));
        assertThat(browser().find(By.id("stage")).getText()).isEqualTo("UNDER_REVIEW");
        browser().fill("redirect-note", "sent to the customer").click(By.id("redirect"));
        assertThat(browser().find(By.id("outcome")).getText()).contains("redirect letter")
                .contains("Who may be told about the demand does not change");
        browser().click(By.id("confirm"));
        assertThat(browser().find(By.id("stage")).getText()).isEqualTo("REDIRECT_REQUESTED");
        browser().find(By.id("answer")).findElement(By.cssSelector("option[value=INSISTS]")).click();
        browser().click(By.cssSelector("#answer-title + form button")).click(By.id("confirm"));

        assertThat(browser().find(By.id("stage")).getText()).isEqualTo("PRODUCTION_REVIEW");
        assertThat(browser().find(By.id("notice")).getText()).contains("INSISTS");
    }

    @Test
    void a_recipient_the_rules_refuse_is_named_next_to_its_field() {
        DemandId demandId = openedCase();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        as("reviewer").open("/console/cases/" + demandId + "/decide/secrecy-order");
        browser().find(By.id("authority")).findElement(By.cssSelector("option[value=USC_2705B]")).click();
        browser().date("issuedOn", today.toString()).click(By.id("scope-executive"))
                .fill("permittedRecipients", "ciso@contoso.com\nnot an address").click(By.id("check"));

        assertThat(browser().find(By.id("permittedRecipients-error")).getText()).startsWith("line 2:");
        assertThat(browser().find(By.id("permittedRecipients")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser().find(By.id("permittedRecipients")).getAttribute("aria-describedby"))
                .isEqualTo("permittedRecipients-error");
        assertThat(browser().shows(By.id("issuedOn-error"))).isFalse();
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.PENDING_REVIEW);
    }
}
