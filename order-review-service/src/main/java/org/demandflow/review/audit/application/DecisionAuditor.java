package org.demandflow.review.audit.application;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.demandflow.review.audit.AuditRecord;
import org.demandflow.review.cases.CaseEntryRecorded;
import org.demandflow.review.cases.HistoryEntry;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.operations.StatusesRepublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends every decision to the audit log, in the transaction that makes it: a plain (synchronous) listener of the
 * events the capabilities publish while they store a change — each new entry of a case's history (decisions,
 * proposal steps, challenge outcomes, expiries: {@link CaseEntryRecorded}) and each operator re-publication
 * ({@link StatusesRepublished}). Not an {@code @ApplicationModuleListener}: that runs after the commit, and a
 * decision must not commit without its entry.
 */
@Component
class DecisionAuditor {

    /** The action of an operator's re-publication. */
    static final String STATUS_REPUBLISHED = "STATUS_REPUBLISHED";

    private final AuditTrail trail;
    private final JsonMapper json;

    DecisionAuditor(AuditTrail trail, JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    @EventListener
    void on(CaseEntryRecorded recorded) {
        HistoryEntry entry = recorded.entry();
        String subjectId = Objects.equals(entry.subjectId(), recorded.orderId()) ? null : entry.subjectId();
        trail.append(new AuditRecord(entry.at(), entry.actor() == null ? ReviewCase.SYSTEM : entry.actor(),
                entry.action().name(), recorded.demandId(), recorded.orderId(), subjectId,
                factsOf(recorded.facts())));
    }

    @EventListener
    void on(StatusesRepublished republished) {
        trail.append(new AuditRecord(republished.at(), republished.operator(), STATUS_REPUBLISHED,
                republished.demandId(), null, null, factsOf(Map.of(
                        "fromVersion", Integer.toString(republished.fromVersion()),
                        "toVersion", Integer.toString(republished.toVersion())))));
    }

    /** The facts as a compact JSON object with its names sorted. */
    private String factsOf(Map<String, String> facts) {
        return json.writeValueAsString(new TreeMap<>(facts));
    }
}
