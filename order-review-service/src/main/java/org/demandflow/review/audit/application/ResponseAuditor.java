package org.demandflow.review.audit.application;

import java.util.Map;
import java.util.TreeMap;
import org.demandflow.review.agency.Agency;
import org.demandflow.review.agency.AgencyRecorded;
import org.demandflow.review.audit.AuditRecord;
import org.demandflow.review.response.RequesterCheck;
import org.demandflow.review.response.RequesterCheckConfirmed;
import org.demandflow.review.response.ResponseChanged;
import org.demandflow.review.response.ResponseEntry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends the response track's decisions to the audit log in the transaction that makes them, like
 * {@link DecisionAuditor} does for the secrecy track: each published version of a response (its step as the
 * action), each confirmation of a requester check, and each change of the agency directory. Facts are ids,
 * states and counts: no reasons, notes, e-mail addresses or numbers.
 */
@Component
class ResponseAuditor {

    /** The action of a change of the agency directory. */
    static final String AGENCY_RECORDED = "AGENCY_RECORDED";

    private final AuditTrail trail;
    private final JsonMapper json;

    ResponseAuditor(AuditTrail trail, JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    @EventListener
    void on(ResponseChanged changed) {
        ResponseEntry e = changed.entry();
        Map<String, Object> facts = new TreeMap<>(Map.of("responseVersion", e.version(), "stage", e.stage(),
                "requesterVerification", e.verification(), "letterWithheld", e.letterWithheld()));
        putIfPresent(facts, "disposition", e.disposition());
        putIfPresent(facts, "agencyAnswer", e.agencyAnswer());
        putIfPresent(facts, "letter", e.letter());
        trail.append(new AuditRecord(e.at(), e.actor(), e.action().name(), changed.demandId(), null, null,
                factsOf(facts)));
    }

    @EventListener
    void on(RequesterCheckConfirmed confirmed) {
        RequesterCheck c = confirmed.check();
        trail.append(new AuditRecord(c.confirmedAt(), c.confirmedBy(), "REQUESTER_CHECK_CONFIRMED",
                confirmed.demandId(), null, c.checkId(), factsOf(Map.of("checkId", c.checkId(), "method",
                        c.method(), "result", c.result(), "recordedBy", c.recordedBy()))));
    }

    @EventListener
    void on(AgencyRecorded recorded) {
        Agency a = recorded.agency();
        trail.append(new AuditRecord(a.updatedAt(), a.updatedBy(), AGENCY_RECORDED, null, null, a.agencyId(),
                factsOf(Map.of("agencyId", a.agencyId(), "country", a.country(), "emailDomainCount",
                        a.emailDomains().size(), "callbackNumberCount", a.callbackNumbers().size()))));
    }

    private static void putIfPresent(Map<String, Object> facts, String name, Object value) {
        if (value != null) {
            facts.put(name, value);
        }
    }

    /** The facts as a compact JSON object of strings with their names sorted. */
    private String factsOf(Map<String, Object> facts) {
        Map<String, String> texts = new TreeMap<>();
        facts.forEach((name, value) -> texts.put(name, value.toString()));
        return json.writeValueAsString(texts);
    }
}
