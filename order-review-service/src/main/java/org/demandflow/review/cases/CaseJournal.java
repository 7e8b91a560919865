package org.demandflow.review.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The bookkeeping of a case: the last published status and its version, the history of decisions, and the
 * status changes not yet handed out. A new version is published only when the derived view changes.
 */
final class CaseJournal {

    private final String demandId;
    private final String customerId;
    private int version;
    private StatusView published;
    private final List<HistoryEntry> history;
    private final List<StatusChanged> events = new ArrayList<>();

    CaseJournal(DemandFacts demand, int version, StatusView published, List<HistoryEntry> history) {
        this.demandId = demand.demandId().toString();
        this.customerId = demand.customerId();
        this.version = version;
        this.published = published;
        this.history = new ArrayList<>(history);
    }

    /** Records one decision or event and the view it left, publishing that view if it changed; answers the entry. */
    HistoryEntry record(StatusView view, String actor, Instant now, CaseAction action, String subjectId, String detail) {
        Integer publishedVersion = null;
        if (!view.equals(published)) {
            published = view;
            publishedVersion = ++version;
            events.add(new StatusChanged(demandId, customerId, version, view.status(), detail,
                    view.permittedRecipients(), view.delayedNotice(), now));
        }
        HistoryEntry entry = new HistoryEntry(now, actor, action, subjectId, detail, view.status(), publishedVersion);
        history.add(entry);
        return entry;
    }

    /**
     * Takes a version published beyond the one this journal knows (a database restored from a backup) as the last
     * published one, so the next version follows it.
     */
    void continueFrom(int publishedVersion, StatusView view) {
        if (publishedVersion <= version) {
            throw new IllegalArgumentException("version " + publishedVersion + " is not beyond " + version);
        }
        version = publishedVersion;
        published = view;
    }

    List<StatusChanged> pullEvents() {
        List<StatusChanged> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    int version() {
        return version;
    }

    StatusView published() {
        return published;
    }

    List<HistoryEntry> history() {
        return List.copyOf(history);
    }
}
