-- Demands intake recorded, and every submission id it has handled (for idempotency).
CREATE TABLE demand (
  demand_id               UUID PRIMARY KEY,
  submission_id           TEXT NOT NULL,
  source_system           TEXT NOT NULL,
  external_reference      TEXT NOT NULL,
  customer_id             TEXT NOT NULL,
  demand_type             TEXT NOT NULL,
  agency                  TEXT NOT NULL,
  country                 TEXT NOT NULL,
  court                   TEXT,
  docket_number           TEXT,
  requester_name          TEXT,
  requester_email         TEXT,
  data_categories         TEXT[] NOT NULL,
  account_identifiers     TEXT[] NOT NULL,
  received_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  response_due_at         TIMESTAMP WITH TIME ZONE,
  nondisclosure_indicated BOOLEAN NOT NULL,
  notes                   TEXT,
  content_fingerprint     TEXT NOT NULL,
  recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT demand_ticket_unique UNIQUE (source_system, external_reference)
);

CREATE INDEX demand_by_customer_idx ON demand (customer_id, received_at DESC);

CREATE TABLE processed_submission (
  submission_id TEXT PRIMARY KEY,
  disposition   TEXT NOT NULL,
  demand_id     UUID REFERENCES demand (demand_id),
  processed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
