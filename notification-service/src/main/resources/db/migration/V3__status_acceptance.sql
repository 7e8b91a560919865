-- Safety rule 8 (DESIGN.md): only genuine, complete histories open the gate.

-- Per demand: the highest version seen, the highest version applied in an unbroken run from 1, and
-- since when the gate is closed for integrity (it stays closed; NULL = not closed).
CREATE TABLE status_history (
  demand_id           TEXT        PRIMARY KEY,
  highest_seen        INT         NOT NULL DEFAULT 0 CHECK (highest_seen >= 0),
  applied_through     INT         NOT NULL DEFAULT 0 CHECK (applied_through >= 0),
  integrity_closed_at TIMESTAMPTZ,
  CHECK (applied_through <= highest_seen)
);

-- Every version accepted as seen, with its value (a held permission is applied from here when its run
-- reaches it) and the digest of its value's canonical form (an identical redelivery is a no-op, a
-- different value for a seen version an integrity incident).
CREATE TABLE status_version (
  demand_id            TEXT        NOT NULL,
  version              INT         NOT NULL CHECK (version >= 1),
  customer_id          TEXT        NOT NULL,
  status               TEXT        NOT NULL,
  reason               TEXT        NOT NULL,
  permitted_recipients TEXT[]      NOT NULL,
  delay_authority      TEXT,
  delay_court          TEXT,
  delay_docket_number  TEXT,
  delay_issued_at      TIMESTAMPTZ,
  delay_ended_at       TIMESTAMPTZ,
  effective_at         TIMESTAMPTZ NOT NULL,
  digest               TEXT        NOT NULL,
  seen_at              TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (demand_id, version)
);

-- Status records found not genuine: ids, version, kind and time only (no personal data).
CREATE TABLE integrity_incident (
  id          BIGSERIAL   PRIMARY KEY,
  demand_id   TEXT        NOT NULL,
  version     INT         NOT NULL,
  kind        TEXT        NOT NULL CHECK (kind IN ('VERSION_CONFLICT', 'CUSTOMER_MISMATCH', 'KEY_MISMATCH')),
  detected_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX integrity_incident_demand ON integrity_incident (demand_id);

-- The statuses applied before this migration count as unbroken runs up to their version (their
-- values were not kept: a redelivery of one of them changes nothing).
INSERT INTO status_history (demand_id, highest_seen, applied_through)
SELECT demand_id, version, version FROM demand_status;
