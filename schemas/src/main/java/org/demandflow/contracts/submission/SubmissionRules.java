package org.demandflow.contracts.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandType;

/**
 * The rules a submission must meet, field by field, collecting every reason, not the first: required
 * texts present and trimmed, lengths bounded, enum values the contract's symbols, the country an ISO 3166-1
 * alpha-2 code, e-mail addresses well formed, account identifiers present, {@code receivedAt} not in the future
 * beyond the clock skew, {@code responseDueAt} after {@code receivedAt}. intake-service applies exactly these
 * (its {@code SubmissionValidator}); a producer applies them offline through {@link Submissions}.
 */
public final class SubmissionRules {

    public static final int ID_LENGTH = 100;
    public static final int NAME_LENGTH = 200;
    public static final int ACCOUNT_LENGTH = 256;
    public static final int MAX_ACCOUNTS = 500;
    public static final int NOTES_LENGTH = 4000;
    /** How far in the future a {@code receivedAt} may lie by default (intake's {@code demandflow.intake.clock-skew}). */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);

    /** The contract's {@code DemandType} symbols, in the order of the {@code .avsc}. */
    public static final List<String> DEMAND_TYPES = symbols(DemandType.values());
    /** The contract's {@code DataCategory} symbols, in the order of the {@code .avsc}. */
    public static final List<String> DATA_CATEGORIES = symbols(DataCategory.values());

    private final Clock clock;
    private final Duration clockSkew;
    private final AuthorityRules authorityRules = new AuthorityRules();

    public SubmissionRules(Clock clock, Duration clockSkew) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
    }

    /** Every reason the submission breaks a rule, in the order of its fields; empty when it meets them all. */
    public List<Reason> check(Submission submission) {
        Checks checks = new Checks();
        checks.requiredText("submissionId", submission.submissionId(), ID_LENGTH);
        checks.requiredText("sourceSystem", submission.sourceSystem(), ID_LENGTH);
        checks.requiredText("externalReference", submission.externalReference(), NAME_LENGTH);
        checks.requiredText("customerId", submission.customerId(), ID_LENGTH);
        checks.known("demandType", submission.demandType(), DEMAND_TYPES);
        authorityRules.check(submission.issuingAuthority(), checks);
        categories(submission.dataCategories(), checks);
        accounts(submission.accountIdentifiers(), checks);
        receivedAt(submission.receivedAt(), checks);
        dueAfterReceived(submission.responseDueAt(), submission.receivedAt(), checks);
        checks.present("nondisclosureIndicated", submission.nondisclosureIndicated());
        checks.freeText("notes", submission.notes(), NOTES_LENGTH);
        return checks.reasons();
    }

    private void categories(List<String> values, Checks checks) {
        List<String> listed = checks.nonEmpty("dataCategories", values, DATA_CATEGORIES.size() * 4);
        for (int i = 0; listed != null && i < listed.size(); i++) {
            checks.known("dataCategories[" + i + "]", listed.get(i), DATA_CATEGORIES);
        }
    }

    private void accounts(List<String> values, Checks checks) {
        List<String> listed = checks.nonEmpty("accountIdentifiers", values, MAX_ACCOUNTS);
        for (int i = 0; listed != null && i < listed.size(); i++) {
            checks.requiredText("accountIdentifiers[" + i + "]", listed.get(i), ACCOUNT_LENGTH);
        }
    }

    private void receivedAt(Instant receivedAt, Checks checks) {
        if (checks.present("receivedAt", receivedAt) && checks.inRange("receivedAt", receivedAt)
                && receivedAt.isAfter(clock.instant().plus(clockSkew))) {
            checks.reject("receivedAt", ReasonCode.IN_FUTURE,
                    "must not be in the future (tolerance " + clockSkew + ")");
        }
    }

    private void dueAfterReceived(Instant responseDueAt, Instant receivedAt, Checks checks) {
        if (checks.inRange("responseDueAt", responseDueAt) && responseDueAt != null && receivedAt != null
                && !responseDueAt.isAfter(receivedAt)) {
            checks.reject("responseDueAt", ReasonCode.NOT_AFTER_RECEIVED, "must be after receivedAt");
        }
    }

    private static List<String> symbols(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
