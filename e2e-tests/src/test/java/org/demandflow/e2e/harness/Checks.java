package org.demandflow.e2e.harness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.demandflow.e2e.support.Databases;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Mailbox.Envelope;
import org.demandflow.events.CustomerNotice;

/**
 * The safety checks of a run, from the topics, the databases and the SMTP sink. Each failed check is
 * a violation, named with the trial it concerns; {@link StatusIntervals} checks each mail against the
 * published statuses.
 */
final class Checks {

    private final List<Trial> trials;
    private final Observations seen;
    private final Map<String, List<Envelope>> mailsByCustomer;
    private final Map<String, NoticeRow> noticesById;
    private final StatusIntervals intervals;
    final List<String> violations = new ArrayList<>();

    /** A row of the notification service's notice table. */
    record NoticeRow(String id, String demandId, int version, String recipient, String state) {
    }

    Checks(List<Trial> trials, Observations seen, List<Envelope> mails, List<NoticeRow> notices, HarnessSettings settings) {
        this.trials = trials;
        this.seen = seen;
        this.mailsByCustomer = mails.stream().collect(Collectors.groupingBy(m -> m.recipient().replaceAll(".*@|\\.example$", "")));
        this.noticesById = notices.stream().collect(Collectors.toMap(n -> n.id().toLowerCase(), n -> n, (a, b) -> a));
        this.intervals = new StatusIntervals(seen, settings.grace());
    }

    void run(Databases databases) {
        Set<String> ledger = databases.query(Databases.INTAKE, "SELECT submission_id FROM "
                + Databases.table(Databases.INTAKE, "processed_submission")).stream()
                .map(row -> (String) row.get(0)).collect(Collectors.toSet());
        for (Trial trial : trials) {
            accounted(trial);
            if (!ledger.contains(trial.submissionId())) {
                violations.add(trial + ": intake's ledger does not hold the submission");
            }
            mails(trial);
            eventsOnce(trial);
        }
        noticesById.values().stream().filter(n -> n.state().equals("PENDING") || n.state().equals("SENDING"))
                .forEach(n -> violations.add("stuck notice " + n.id() + " of demand " + n.demandId() + ": " + n.state()));
        for (String database : List.of(Databases.INTAKE, Databases.REVIEW, Databases.NOTIFICATION)) {
            long open = databases.count(database, "SELECT count(*) FROM "
                    + Databases.table(database, "outbox_record"));
            if (open > 0) {
                violations.add(open + " outbox record(s) never sent in " + database);
            }
        }
    }

    List<Envelope> mailsOf(Trial trial) {
        return mailsByCustomer.getOrDefault(trial.customerId.toLowerCase(), List.of());
    }

    private void accounted(Trial trial) {
        Set<String> demands = seen.demandsBySubmission.getOrDefault(trial.submissionId(), Set.of());
        boolean rejected = seen.rejectedSubmissions.contains(trial.submissionId());
        if (demands.isEmpty() && !rejected) {
            violations.add(trial + ": submission neither accepted nor rejected");
        } else if (demands.size() > 1) {
            violations.add(trial + ": one submission became " + demands.size() + " demands " + demands);
        } else if (trial.scenario.valid() == rejected) {
            violations.add(trial + ": " + (rejected ? "a valid submission was rejected" : "an invalid one was accepted"));
        }
    }

    private void mails(Trial trial) {
        List<Envelope> mails = mailsOf(trial);
        Map<String, Set<String>> idsByRecipient = new HashMap<>();
        List<Instant> moments = trial.toldAt(mails);
        for (int i = 0; i < mails.size(); i++) {
            Envelope mail = mails.get(i);
            idsByRecipient.computeIfAbsent(mail.recipient(), r -> new HashSet<>()).add(mail.messageId());
            Instant allowedFrom = trial.mayBeToldFrom(mail.recipient());
            Instant toldAt = moments.get(i);
            if (allowedFrom == null) {
                violations.add(trial + ": " + mail.recipient() + " was told at " + toldAt + " but never may be");
            } else if (toldAt.isBefore(allowedFrom)) {
                violations.add(trial + ": " + mail.recipient() + " was told at " + toldAt + ", before " + allowedFrom);
            }
            NoticeRow notice = noticesById.get(noticeId(mail));
            if (notice == null) {
                violations.add(trial + ": mail " + mail.messageId() + " has no notice row");
            } else {
                intervals.check(notice, mail, toldAt).ifPresent(v -> violations.add(trial + ": " + v));
            }
        }
        idsByRecipient.forEach((recipient, ids) -> {
            if (ids.size() > 1) {
                violations.add(trial + ": " + recipient + " got " + ids.size() + " distinct notices " + ids);
            }
        });
        if (trial.legalNoticeExpected() && !idsByRecipient.containsKey(Demands.legal(trial.customerId))) {
            violations.add(trial + ": the legal contact was never told");
        }
    }

    /** Exactly one CustomerNotice id per (version, recipient) of the demand; republished copies are counted apart. */
    private void eventsOnce(Trial trial) {
        if (trial.demandId == null) {
            return;
        }
        Map<String, Set<String>> ids = new HashMap<>();
        for (CustomerNotice notice : seen.noticesByDemand.getOrDefault(trial.demandId, List.of())) {
            ids.computeIfAbsent(notice.getStatusVersion() + "/" + notice.getRecipientEmail(), k -> new HashSet<>())
                    .add(notice.getNoticeId());
        }
        ids.forEach((key, noticeIds) -> {
            if (noticeIds.size() > 1) {
                violations.add(trial + ": " + noticeIds.size() + " CustomerNotice ids for version/recipient " + key);
            }
        });
    }

    /** The notice id in a Message-ID {@code <notice-ID@demandflow>}. */
    static String noticeId(Envelope mail) {
        return mail.messageId().replaceAll("^<notice-|@demandflow>$", "").toLowerCase();
    }
}
