-- The notification service's own database: the executive directory, the demand facts a notice
-- states, the latest secrecy status per demand, the notices, and Spring Modulith's outbox.

CREATE TABLE customer_directory (
  customer_id TEXT PRIMARY KEY,
  updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE executive (
  customer_id                TEXT    NOT NULL REFERENCES customer_directory ON DELETE CASCADE,
  position                   INT     NOT NULL,
  name                       TEXT    NOT NULL,
  title                      TEXT    NOT NULL,
  email                      TEXT    NOT NULL,
  legal_notice_contact       BOOLEAN NOT NULL,
  secrecy_carve_out_approved BOOLEAN NOT NULL,
  PRIMARY KEY (customer_id, position)
);

-- No account identifiers: only what a notice states.
CREATE TABLE demand_facts (
  demand_id       TEXT        PRIMARY KEY,
  customer_id     TEXT        NOT NULL,
  demand_type     TEXT        NOT NULL,
  data_categories TEXT[]      NOT NULL,
  agency          TEXT        NOT NULL,
  country         TEXT        NOT NULL,
  received_at     TIMESTAMPTZ NOT NULL,
  recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE demand_status (
  demand_id            TEXT        PRIMARY KEY,
  customer_id          TEXT        NOT NULL,
  version              INT         NOT NULL CHECK (version >= 1),
  status               TEXT        NOT NULL,
  reason               TEXT        NOT NULL,
  permitted_recipients TEXT[]      NOT NULL,
  delay_authority      TEXT,
  delay_court          TEXT,
  delay_docket_number  TEXT,
  delay_issued_at      TIMESTAMPTZ,
  delay_ended_at       TIMESTAMPTZ,
  effective_at         TIMESTAMPTZ NOT NULL,
  applied_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE notice (
  id              UUID        PRIMARY KEY,
  demand_id       TEXT        NOT NULL,
  customer_id     TEXT        NOT NULL,
  status_version  INT         NOT NULL,
  recipient_email TEXT        NOT NULL,
  scope           TEXT        NOT NULL CHECK (scope IN ('ALL_CONTACTS', 'EXECUTIVE_ONLY')),
  state           TEXT        NOT NULL CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
  attempts        INT         NOT NULL DEFAULT 0,
  reason          TEXT,
  next_attempt_at TIMESTAMPTZ NOT NULL,
  lease_until     TIMESTAMPTZ,
  effective_at    TIMESTAMPTZ NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- Exactly one notice per (demand, status version, recipient).
CREATE UNIQUE INDEX notice_once ON notice (demand_id, status_version, lower(recipient_email));
CREATE INDEX notice_open ON notice (next_attempt_at) WHERE state IN ('PENDING', 'SENDING');

-- Spring Modulith 2.0 event publication registry (the outbox), schemas/v2/schema-postgresql.sql.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
