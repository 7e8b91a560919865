-- The response track (issue 13, "redirect first") beside the secrecy track, and requester verification.
-- The response keeps its own copy of the demand facts it checks (agency, country, requester e-mail, data
-- categories, the number of accounts named; the accounts themselves are not kept).

CREATE TABLE demand_response
(
    demand_id          TEXT        NOT NULL PRIMARY KEY,
    customer_id        TEXT        NOT NULL,
    demand_type        TEXT        NOT NULL,
    agency             TEXT        NOT NULL,
    country            TEXT        NOT NULL,
    requester_email    TEXT,
    data_categories    TEXT[]      NOT NULL,
    accounts_specified INT         NOT NULL,
    opened_at          TIMESTAMPTZ NOT NULL,
    stage              TEXT        NOT NULL,
    version            INT         NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX demand_response_stage_idx ON demand_response (stage);

-- Every published version of a response (only ever grows).
CREATE TABLE response_version
(
    demand_id       TEXT        NOT NULL REFERENCES demand_response (demand_id),
    version         INT         NOT NULL,
    action          TEXT        NOT NULL,
    actor           TEXT        NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    stage           TEXT        NOT NULL,
    disposition     TEXT,
    agency_answer   TEXT,
    verification    TEXT        NOT NULL,
    letter          TEXT,
    letter_withheld BOOLEAN     NOT NULL,
    reason          TEXT,
    PRIMARY KEY (demand_id, version)
);

-- The recorded checks of a requester's identity, in the order recorded (position), and their confirmation.
CREATE TABLE requester_check
(
    check_id        TEXT        NOT NULL PRIMARY KEY,
    demand_id       TEXT        NOT NULL REFERENCES demand_response (demand_id),
    position        INT         NOT NULL,
    method          TEXT        NOT NULL,
    result          TEXT        NOT NULL,
    callback_number TEXT,
    note            TEXT,
    recorded_by     TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    confirmed_by    TEXT,
    confirmed_at    TIMESTAMPTZ,
    UNIQUE (demand_id, position)
);

-- The agency directory: known agencies, the e-mail domains of their requesters, their verified callback numbers.
CREATE TABLE agency
(
    agency_id        TEXT        NOT NULL PRIMARY KEY,
    name             TEXT        NOT NULL,
    country          TEXT        NOT NULL,
    email_domains    TEXT[]      NOT NULL,
    callback_numbers TEXT[]      NOT NULL,
    updated_by       TEXT        NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
