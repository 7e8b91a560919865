package org.demandflow.intake.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.demandflow.intake.demand.DataCategory;
import org.demandflow.intake.demand.DemandDetails;
import org.demandflow.intake.demand.DemandType;
import org.demandflow.intake.demand.Ticket;
import org.demandflow.intake.submission.Submission.Authority;

/**
 * Validates a submission field by field and collects every reason, not the first: required
 * texts present and trimmed, lengths bounded, enum values known, the country an ISO 3166-1
 * alpha-2 code, e-mail addresses well formed, account identifiers present, {@code receivedAt}
 * not in the future beyond the clock skew, {@code responseDueAt} after {@code receivedAt}.
 */
public final class SubmissionValidator {

    static final int ID_LENGTH = 100;
    static final int NAME_LENGTH = 200;
    static final int ACCOUNT_LENGTH = 256;
    static final int MAX_ACCOUNTS = 500;
    static final int NOTES_LENGTH = 4000;

    private final Clock clock;
    private final Duration clockSkew;
    private final AuthorityRules authorityRules = new AuthorityRules();

    public SubmissionValidator(Clock clock, Duration clockSkew) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
    }

    public Validation validate(Submission submission) {
        Checks checks = new Checks();
        String submissionId = checks.requiredText("submissionId", submission.submissionId(), ID_LENGTH);
        String sourceSystem = checks.requiredText("sourceSystem", submission.sourceSystem(), ID_LENGTH);
        String reference = checks.requiredText("externalReference", submission.externalReference(), NAME_LENGTH);
        DemandDetails details = details(submission, checks);
        return checks.passed()
                ? new Validation.Valid(new ValidSubmission(submissionId, new Ticket(sourceSystem, reference), details))
                : new Validation.Invalid(checks.reasons());
    }

    private DemandDetails details(Submission submission, Checks checks) {
        String customerId = checks.requiredText("customerId", submission.customerId(), ID_LENGTH);
        DemandType type = checks.known("demandType", submission.demandType(), DemandType.class);
        var authority = authorityRules.check(submission.issuingAuthority(), checks);
        Set<DataCategory> categories = categories(submission.dataCategories(), checks);
        List<String> accounts = accounts(submission.accountIdentifiers(), checks);
        Instant receivedAt = receivedAt(submission.receivedAt(), checks);
        dueAfterReceived(submission.responseDueAt(), receivedAt, checks);
        boolean nondisclosure = checks.present("nondisclosureIndicated", submission.nondisclosureIndicated());
        checks.freeText("notes", submission.notes(), NOTES_LENGTH);
        return checks.passed() ? new DemandDetails(customerId, type, authority, categories, accounts, receivedAt,
                submission.responseDueAt(), submission.nondisclosureIndicated(), submission.notes()) : null;
    }

    private Set<DataCategory> categories(List<String> values, Checks checks) {
        List<String> listed = checks.nonEmpty("dataCategories", values, DataCategory.values().length * 4);
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        for (int i = 0; listed != null && i < listed.size(); i++) {
            DataCategory category = checks.known("dataCategories[" + i + "]", listed.get(i), DataCategory.class);
            if (category != null) {
                categories.add(category);
            }
        }
        return categories;
    }

    private List<String> accounts(List<String> values, Checks checks) {
        List<String> listed = checks.nonEmpty("accountIdentifiers", values, MAX_ACCOUNTS);
        List<String> accounts = new ArrayList<>();
        for (int i = 0; listed != null && i < listed.size(); i++) {
            accounts.add(checks.requiredText("accountIdentifiers[" + i + "]", listed.get(i), ACCOUNT_LENGTH));
        }
        return accounts;
    }

    private Instant receivedAt(Instant receivedAt, Checks checks) {
        if (checks.present("receivedAt", receivedAt) && checks.inRange("receivedAt", receivedAt)
                && receivedAt.isAfter(clock.instant().plus(clockSkew))) {
            checks.reject("receivedAt", ReasonCode.IN_FUTURE,
                    "must not be in the future (tolerance " + clockSkew + ")");
        }
        return receivedAt;
    }

    private void dueAfterReceived(Instant responseDueAt, Instant receivedAt, Checks checks) {
        if (checks.inRange("responseDueAt", responseDueAt) && responseDueAt != null && receivedAt != null
                && !responseDueAt.isAfter(receivedAt)) {
            checks.reject("responseDueAt", ReasonCode.NOT_AFTER_RECEIVED, "must be after receivedAt");
        }
    }
}
