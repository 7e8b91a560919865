-- One row per demand. The aggregate is stored whole as a JSON document; the columns beside it
-- exist for queries: the status list, the attention list and the expiry sweep.
CREATE TABLE review_case
(
    demand_id       TEXT        NOT NULL PRIMARY KEY,
    customer_id     TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    status_version  INT         NOT NULL,
    opened_at       TIMESTAMPTZ NOT NULL,
    next_expiry_at  TIMESTAMPTZ,
    document        JSONB       NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

CREATE INDEX review_case_next_expiry_idx ON review_case (next_expiry_at) WHERE next_expiry_at IS NOT NULL;
CREATE INDEX review_case_status_idx ON review_case (status, opened_at);
