package org.demandflow.review.response.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.demandflow.review.agency.Agencies;
import org.demandflow.review.agency.Agency;
import org.demandflow.review.response.AgencyAnswer;
import org.demandflow.review.response.CheckRequest;
import org.demandflow.review.response.DemandResponse;
import org.demandflow.review.response.DemandResponses;
import org.demandflow.review.response.Disposition;
import org.demandflow.review.response.RequesterMatch;
import org.demandflow.review.response.ResponseDemand;
import org.demandflow.review.response.ResponseOpening;
import org.demandflow.review.response.ResponseResult;
import org.demandflow.review.response.Validity;
import org.demandflow.review.response.ValidityRules;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The response commands: each locks the response, lets the model decide, and stores the change, which publishes
 * its {@code ResponseChanged} through the outbox and into the audit log, all in one transaction.
 */
@Service
public class ResponseDesk implements ResponseOpening {

    private static final Logger log = LoggerFactory.getLogger(ResponseDesk.class);

    private final DemandResponses responses;
    private final Agencies agencies;
    private final ValidityRules rules;
    private final Clock clock;

    ResponseDesk(DemandResponses responses, Agencies agencies, ResponseProperties properties, Clock clock) {
        this.responses = responses;
        this.agencies = agencies;
        this.rules = properties.validityRules();
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<DemandId> openAll(List<ResponseDemand> demands) {
        Instant now = clock.instant();
        Map<DemandId, DemandResponse> distinct = new LinkedHashMap<>();
        demands.forEach(demand -> distinct.computeIfAbsent(demand.demandId(), id -> DemandResponse.open(demand, now)));
        List<DemandId> opened = responses.addAllIfAbsent(List.copyOf(distinct.values())).stream()
                .map(response -> response.demand().demandId()).toList();
        log.debug("Opened the responses of demands {}", opened);
        return opened;
    }

    @Transactional(readOnly = true)
    public Optional<DemandResponse> find(DemandId demandId) {
        return responses.find(demandId);
    }

    /** The validity checks of a demand's response, or empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<Validity> validity(DemandId demandId) {
        return responses.find(demandId).map(r -> rules.check(r.demand()));
    }

    /** Why the requester does not match the named agency (empty when it does), for a demand with a response. */
    @Transactional(readOnly = true)
    public Optional<String> requesterFlag(DemandResponse response) {
        return RequesterMatch.flagOf(response.demand(), agencies.findNamed(response.demand().agency()));
    }

    @Transactional
    public ResponseResult redirect(DemandId demandId, String note, String actor) {
        return change(demandId, (r, now) -> r.redirect(rules.check(r.demand()), note, actor, now));
    }

    @Transactional
    public ResponseResult reject(DemandId demandId, String reason, String actor) {
        return change(demandId, (r, now) -> r.reject(rules.check(r.demand()), reason, actor, now));
    }

    @Transactional
    public ResponseResult answer(DemandId demandId, AgencyAnswer answer, String note, String actor) {
        return change(demandId, (r, now) -> r.answer(answer, note, actor, now));
    }

    @Transactional
    public ResponseResult dispose(DemandId demandId, Disposition disposition, String reason, String actor) {
        return change(demandId, (r, now) -> r.dispose(disposition, reason, actor, now));
    }

    @Transactional
    public ResponseResult correct(DemandId demandId, Disposition disposition, String reason, String actor) {
        return change(demandId, (r, now) -> r.correct(disposition, reason, actor, now));
    }

    @Transactional
    public ResponseResult recordCheck(DemandId demandId, CheckRequest check, String actor) {
        return change(demandId, (r, now) -> r.recordCheck(check, agencyOf(r), actor, now));
    }

    @Transactional
    public ResponseResult confirmCheck(DemandId demandId, String checkId, String actor) {
        return change(demandId, (r, now) -> r.confirmCheck(checkId, actor, now));
    }

    private Optional<Agency> agencyOf(DemandResponse response) {
        return agencies.findNamed(response.demand().agency());
    }

    private ResponseResult change(DemandId demandId, BiFunction<DemandResponse, Instant, ResponseResult> command) {
        Optional<DemandResponse> found = responses.lockForChange(demandId);
        if (found.isEmpty()) {
            return ResponseResult.notFound("no response for demand " + demandId);
        }
        ResponseResult result = command.apply(found.get(), clock.instant());
        if (result instanceof ResponseResult.Changed) {
            responses.update(found.get());
            log.info("Demand {}: response {} version {}", demandId, found.get().stage(), found.get().version());
        }
        return result;
    }
}
