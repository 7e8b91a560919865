-- What transparency-service keeps from the five source topics: every version once, never a personal value
-- (no names, e-mail addresses or account identifiers; a demand keeps only how many accounts it names).
-- Version 2 of this history is service-support's shared db/outbox/V2__event_publication.sql.

CREATE TABLE demand (
    demand_id     TEXT PRIMARY KEY,
    demand_type   TEXT        NOT NULL,
    country       TEXT        NOT NULL,
    account_count INT         NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX demand_received_at ON demand (received_at);

CREATE TABLE secrecy_status (
    demand_id    TEXT        NOT NULL,
    version      INT         NOT NULL,
    status       TEXT        NOT NULL,
    effective_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (demand_id, version)
);

CREATE TABLE demand_response (
    demand_id          TEXT        NOT NULL,
    version            INT         NOT NULL,
    stage              TEXT        NOT NULL,
    disposition        TEXT,
    accounts_specified INT         NOT NULL,
    effective_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (demand_id, version)
);

CREATE TABLE secrecy_order (
    order_id          TEXT        NOT NULL,
    version           INT         NOT NULL,
    demand_id         TEXT        NOT NULL,
    authority         TEXT        NOT NULL,
    issued_at         TIMESTAMPTZ NOT NULL,
    ends_at           TIMESTAMPTZ,
    state             TEXT        NOT NULL,
    challenged        BOOLEAN     NOT NULL,
    challenge_outcome TEXT,
    effective_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (order_id, version)
);
CREATE INDEX secrecy_order_demand ON secrecy_order (demand_id);

CREATE TABLE customer_notice (
    notice_id   TEXT PRIMARY KEY,
    demand_id   TEXT        NOT NULL,
    outcome     TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX customer_notice_demand ON customer_notice (demand_id);

-- A published report never changes: the row is written once, and the trigger refuses any change or removal.
CREATE TABLE published_report (
    period       TEXT PRIMARY KEY,
    cut_off      TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    body         JSONB       NOT NULL
);

CREATE FUNCTION published_report_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published report % is immutable', OLD.period;
END $$;

CREATE TRIGGER published_report_immutable BEFORE UPDATE OR DELETE ON published_report
    FOR EACH ROW EXECUTE FUNCTION published_report_is_immutable();
