package org.demandflow.notification.response.application;

import java.util.Optional;
import org.demandflow.notification.response.DemandResponses;
import org.demandflow.notification.response.ResponseApplied;
import org.demandflow.notification.response.ResponseChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the latest response of each demand: a newer version is stored and published as {@link ResponseApplied}
 * in the same transaction (the letter to the requester and the customer's follow-up are planned there); an older
 * or repeated version (a redelivery, a reordered resend) changes nothing. The binding logs a line per poll, this class
 * one per response at DEBUG.
 */
@Service
public class ResponseRecorder {

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
        Optional<ResponseChange> before = responses.latest(response.demandId());
        if (!responses.applyIfNewer(response)) {
            log.debug("Ignored response demandId={} version={}: not newer than the latest", response.demandId(),
                    response.version());
            return false;
        }
        log.debug("Applied response demandId={} version={} stage={} letter={}", response.demandId(),
                response.version(), response.stage(), response.letter());
        events.publishEvent(new ResponseApplied(response, before.map(ResponseChange::closed).orElse(false)));
        return true;
    }
}
