package org.demandflow.review.agency.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.demandflow.review.agency.Agencies;
import org.demandflow.review.agency.Agency;
import org.demandflow.review.agency.AgencyRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and records the known agencies; each recording is published (for the audit log) in its transaction. */
@Service
public class AgencyDirectory {

    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgencyDirectory(Agencies agencies, ApplicationEventPublisher events, Clock clock) {
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Agency> find(String agencyId) {
        return agencies.find(agencyId);
    }

    @Transactional(readOnly = true)
    public List<Agency> findAll() {
        return agencies.findAll();
    }

    /** Inserts or replaces an agency as {@code actor} states it; answers it as stored. */
    @Transactional
    public Agency record(String agencyId, String name, String country, List<String> emailDomains,
                         List<String> callbackNumbers, String actor) {
        Agency agency = new Agency(agencyId, name, country, emailDomains, callbackNumbers, actor, clock.instant());
        agencies.save(agency);
        events.publishEvent(new AgencyRecorded(agency));
        return agency;
    }
}
