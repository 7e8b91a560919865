-- The status event moved from org.demandflow.review.domain to org.demandflow.review.cases (the service
-- template's package per capability). Publications still waiting in the outbox name their event's class:
-- point them at the new one, so they are still sent after the upgrade.
DO
$$
    BEGIN
        IF to_regclass('event_publication') IS NOT NULL THEN
            UPDATE event_publication
            SET event_type = 'org.demandflow.review.cases.StatusChanged'
            WHERE event_type = 'org.demandflow.review.domain.StatusChanged';
        END IF;
    END
$$;
