package org.demandflow.review.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.RecipientRules;
import org.demandflow.review.console.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The console's decision forms as a browser posts them, each turned into the API's own request
 * ({@link Requests}), so a decision taken in the console is the same decision, checked by the same rules, held
 * and approved the same way. Dates are the court's (safety rule 11): an end date with the court's time zone, never
 * an instant in UTC.
 */
final class ConsoleForms {

    /** The court's zone a new form starts with. */
    static final String DEFAULT_ZONE = "America/New_York";

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]$");

    private ConsoleForms() {
    }

    /** A console form: its fields, its own checks beyond the constraints, and the API request it stands for. */
    interface Form {

        /** The form's field names (a refusal naming another field is shown above the form). */
        Set<String> fields();

        /** Checks the constraints cannot state; {@link FormErrors#none()} when there is nothing to say. */
        default FormErrors check() {
            return FormErrors.none();
        }

        /**
         * The API request the form stands for, on the order or challenge the page is about ({@code null} for a
         * decision on the case); called only once the form passed its checks.
         */
        Object request(String subjectId);

        /** How the API's field names read on this form. */
        default Map<String, String> renamed() {
            return Map.of();
        }
    }

    record NoOrderForm(@Size(max = 2000) String note) implements Form {

        public Set<String> fields() {
            return Set.of("note");
        }

        public Object request(String subjectId) {
            return new Requests.NoSecrecyOrderRequest(note);
        }
    }

    /** A secrecy order: no end date means the order has none. */
    record OrderForm(@NotNull(message = "choose the authority") OrderAuthority authority,
                     @Size(max = 200) String court, @Size(max = 200) String docketNumber,
                     @NotNull(message = "enter the date the order was issued")
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                     @NotBlank(message = "enter the court's time zone, e.g. America/New_York") @Size(max = 64)
                     String timeZone,
                     @NotNull(message = "choose the scope") OrderScope scope,
                     @Size(max = 4000) String permittedRecipients,
                     @Size(max = 4000) String exceptionalCircumstances) implements Form {

        static OrderForm blank() {
            return new OrderForm(null, null, null, null, null, DEFAULT_ZONE, OrderScope.FULL, null, null);
        }

        public Set<String> fields() {
            return Set.of("authority", "court", "docketNumber", "issuedOn", "expiresOn", "timeZone", "scope",
                    "permittedRecipients", "exceptionalCircumstances");
        }

        public FormErrors check() {
            return zoneProblem(timeZone).and(recipientProblems(permittedRecipients));
        }

        public Object request(String subjectId) {
            ZoneId zone = ZoneId.of(timeZone.strip());
            return new Requests.SecrecyOrderRequest(authority, court, docketNumber,
                    issuedOn.atStartOfDay(zone).toInstant(), null, expiresOn,
                    expiresOn == null ? null : zone.getId(), scope, lines(permittedRecipients),
                    blankToNull(exceptionalCircumstances));
        }

        public Map<String, String> renamed() {
            return Map.of("issuedAt", "issuedOn", "expiresAt", "expiresOn");
        }
    }

    /** One address per line (commas also separate); blank lines are dropped. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n,]+")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The API's limits on recipients (how many, which addresses), each message naming the address's line. */
    static FormErrors recipientProblems(String text) {
        FormErrors errors = FormErrors.none();
        RecipientRules.violations("permittedRecipients", lines(text)).forEach(v -> errors.add("permittedRecipients",
                lineOf(v.field()) + v.message()));
        return errors;
    }

    static String lineOf(String field) {
        Matcher index = INDEX.matcher(field);
        return index.find() ? "line " + (Integer.parseInt(index.group(1)) + 1) + ": " : "";
    }

    static FormErrors zoneProblem(String zone) {
        if (zone == null || zone.isBlank()) {
            return FormErrors.none();
        }
        try {
            return ZoneId.of(zone.strip()) instanceof ZoneOffset
                    ? FormErrors.none().add("timeZone", "enter the court's zone by name, e.g. America/New_York")
                    : FormErrors.none();
        } catch (DateTimeException unknown) {
            return FormErrors.none().add("timeZone", "no such time zone; enter one like America/New_York");
        }
    }
}
