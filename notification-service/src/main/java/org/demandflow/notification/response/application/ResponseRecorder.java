package org.demandflow.notification.response.application;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandflow.notification.DemandPoll;
import org.demandflow.notification.response.DemandResponses;
import org.demandflow.notification.response.ResponseApplied;
import org.demandflow.notification.response.ResponseChange;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the latest response of each demand: a newer version is stored and published as {@link ResponseApplied}
 * in the same transaction (the letter to the requester and the customer's follow-up are planned there); an older
 * or repeated version (a redelivery, a reordered resend) changes nothing. A poll is recorded set-based: its demands'
 * latest responses locked and read in one statement, the versions newer than them found in memory in the poll's
 * order (each judged against the one before it, as record by record), and each demand's last newer version
 * stored in one statement; only then is each stored version published, in its record's turn. The binding logs
 * a line per poll, this class one per response at DEBUG.
 */
@Service
public class ResponseRecorder {

    static final String APPLIED = "applied";
    static final String NOT_NEWER = "not newer";

    private static final Logger log = LoggerFactory.getLogger(ResponseRecorder.class);

    private final DemandResponses responses;
    private final ApplicationEventPublisher events;

    public ResponseRecorder(DemandResponses responses, ApplicationEventPublisher events) {
        this.responses = responses;
        this.events = events;
    }

    /** Answers whether the response was newer than the latest (false for a redelivery or an older version). */
    @Transactional
    public boolean record(ResponseChange response) {
        return open(List.of(response)).handle(response).equals(APPLIED);
    }

    /**
     * Opens the recording of a poll, in the poll's transaction, given its responses in lock order: stores what is
     * newer at once; each record's turn then publishes it if it was stored, or answers that it was not newer.
     */
    public DemandPoll.Handler<ResponseChange> open(List<ResponseChange> poll) {
        Map<DemandId, ResponseChange> latest = responses.latestLocked(
                poll.stream().map(ResponseChange::demandId).distinct().toList());
        // each newer record, with whether the response before it was closed
        Map<ResponseChange, Boolean> newer = new IdentityHashMap<>();
        Map<DemandId, ResponseChange> lastNewer = new LinkedHashMap<>();
        for (ResponseChange response : poll) {
            ResponseChange before = latest.get(response.demandId());
            if (before == null || response.version() > before.version()) {
                newer.put(response, before != null && before.closed());
                latest.put(response.demandId(), response);
                lastNewer.put(response.demandId(), response);
            }
        }
        // a demand not stored had a newer response committed meanwhile (its row was absent when locked)
        Set<DemandId> stored = responses.storeIfNewer(lastNewer.values());
        return response -> {
            Boolean wasClosed = newer.get(response);
            if (wasClosed == null || !stored.contains(response.demandId())) {
                log.debug("Ignored response demandId={} version={}: not newer than the latest",
                        response.demandId(), response.version());
                return NOT_NEWER;
            }
            log.debug("Applied response demandId={} version={} stage={} letter={}", response.demandId(),
                    response.version(), response.stage(), response.letter());
            events.publishEvent(new ResponseApplied(response, wasClosed));
            return APPLIED;
        };
    }
}
