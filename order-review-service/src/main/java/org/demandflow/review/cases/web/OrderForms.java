package org.demandflow.review.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.demandflow.review.console.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;

/** The console's forms on one active order: lift it, extend it, let named executives be told. */
final class OrderForms {

    private OrderForms() {
    }

    record LiftForm(@NotBlank(message = "say why the order ends early") @Size(max = 500) String reason,
                    @Size(max = 2000) String note) implements ConsoleForms.Form {

        public Set<String> fields() {
            return Set.of("reason", "note");
        }

        public Object request(String subjectId) {
            return new Requests.LiftRequest(reason, ConsoleForms.blankToNull(note));
        }
    }

    /** A later end, as the court's date and zone. */
    record ExtensionForm(@NotNull(message = "enter the new end date")
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                         @NotBlank(message = "enter the court's time zone, e.g. America/New_York") @Size(max = 64)
                         String timeZone) implements ConsoleForms.Form {

        public Set<String> fields() {
            return Set.of("expiresOn", "timeZone");
        }

        public FormErrors check() {
            return ConsoleForms.zoneProblem(timeZone);
        }

        public Object request(String subjectId) {
            return new Requests.ExtensionRequest(null, expiresOn, timeZone.strip());
        }

        public Map<String, String> renamed() {
            return Map.of("expiresAt", "expiresOn");
        }
    }

    record NarrowingForm(@NotBlank(message = "name at least one executive") @Size(max = 4000)
                         String permittedRecipients) implements ConsoleForms.Form {

        public Set<String> fields() {
            return Set.of("permittedRecipients");
        }

        public FormErrors check() {
            return ConsoleForms.recipientProblems(permittedRecipients);
        }

        public Object request(String subjectId) {
            return new Requests.NarrowingRequest(ConsoleForms.lines(permittedRecipients));
        }
    }
}
