-- Safety rule 10 (four eyes): decisions that let someone be told earlier wait here for a second reviewer. The
-- request is kept exactly as the API read it (text, not JSONB, so nothing is re-ordered), with the case version
-- the proposal is bound to. Owned by the approval capability's persistence adapter.

CREATE TABLE proposal
(
    proposal_id  TEXT        NOT NULL PRIMARY KEY,
    demand_id    TEXT        NOT NULL,
    kind         TEXT        NOT NULL,
    subject_id   TEXT,
    request      TEXT        NOT NULL,
    proposed_by  TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    case_version INT         NOT NULL,
    proposed_at  TIMESTAMPTZ NOT NULL,
    state        TEXT        NOT NULL,
    decided_by   TEXT,
    decided_at   TIMESTAMPTZ,
    note         TEXT
);
CREATE INDEX proposal_state_idx ON proposal (state, proposed_at);
CREATE INDEX proposal_demand_idx ON proposal (demand_id);
