package org.demandflow.review.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandflow.support.domain.Refusal;

/**
 * The messages a console form shows next to its fields (and above the form for the decision as a whole): from the
 * form's own constraints and from the shared {@link Refusal} the model answered, whose violations name the API's
 * fields ({@code permittedRecipients[1]}, {@code expiresAt}), mapped back to the form's.
 */
public final class FormErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** The refusal's detail above the form, each violation next to its field ({@code renamed}: API to form names). */
    public static FormErrors of(Refusal refusal, Map<String, String> renamed) {
        FormErrors errors = new FormErrors();
        if (refusal.violations().isEmpty()) {
            errors.general.add(refusal.detail());
        }
        refusal.violations().forEach(v -> {
            String field = v.field() == null ? "" : v.field().replaceAll("\\[\\d+]$", "");
            errors.add(renamed.getOrDefault(field, field), v.message());
        });
        return errors;
    }

    /** Adds a message next to a field. */
    public FormErrors add(String field, String message) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    /** These messages and {@code more}'s. */
    public FormErrors and(FormErrors more) {
        more.byField.forEach((field, messages) -> messages.forEach(message -> add(field, message)));
        general.addAll(more.general);
        return this;
    }

    /** Whether the form may go on. */
    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    /** The messages next to one field. */
    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Whether a field has a message (the page marks the field invalid). */
    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** Messages about the decision as a whole, and about fields the form does not show. */
    public List<String> general() {
        return List.copyOf(general);
    }

    /** Moves the messages of fields the form does not have above the form. */
    public FormErrors shownOn(Set<String> fields) {
        byField.keySet().removeIf(field -> {
            if (fields.contains(field)) {
                return false;
            }
            general.addAll(byField.get(field));
            return true;
        });
        return this;
    }
}
