package org.demandflow.notification.gate.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.gate.StatusHistories;
import org.demandflow.notification.gate.StatusHistories.SeenVersion;
import org.demandflow.notification.gate.StatusHistory;
import org.demandflow.support.domain.DemandId;

/**
 * What judging accepted statuses writes to the status histories (the versions seen, the histories as they end),
 * kept until {@link #flush} and then written in two statements, whatever the number of demands: at the end of a
 * record judged alone, or of a poll judged set-based. Nothing in between reads those rows: a demand's history is
 * judged only under its lock, by the one record of it that the poll holds.
 */
final class HistoryWrites {

    private final StatusHistories histories;
    private final List<SeenVersion> seen = new ArrayList<>();
    private final Map<DemandId, StatusHistory> ended = new LinkedHashMap<>();

    HistoryWrites(StatusHistories histories) {
        this.histories = histories;
    }

    void recordSeen(StatusChange status, String digest, String traceParent) {
        seen.add(new SeenVersion(status, digest, traceParent));
    }

    void save(StatusHistory history) {
        ended.put(history.demandId(), history);
    }

    void flush() {
        histories.recordSeen(List.copyOf(seen));
        histories.save(List.copyOf(ended.values()));
        seen.clear();
        ended.clear();
    }
}
