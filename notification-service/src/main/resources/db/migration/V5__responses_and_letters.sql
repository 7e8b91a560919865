-- The response track (DESIGN.md "The response: redirect first"): what a customer's notice and a letter to the
-- agency need of the demand, the latest response per demand, the letters to the requester, and the notice's kind.

-- The customer's own accounts, the agency's reference, court and docket, the deadline, and the requester's
-- e-mail (the one address a letter to the agency may go to).
ALTER TABLE demand_facts
  ADD COLUMN external_reference  TEXT,
  ADD COLUMN court               TEXT,
  ADD COLUMN docket_number       TEXT,
  ADD COLUMN requester_email     TEXT,
  ADD COLUMN account_identifiers TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN response_due_at     TIMESTAMPTZ;

-- The latest response per demand (an older or equal version changes nothing).
CREATE TABLE demand_response (
  demand_id    TEXT        PRIMARY KEY,
  customer_id  TEXT        NOT NULL,
  version      INT         NOT NULL CHECK (version >= 1),
  stage        TEXT        NOT NULL,
  disposition  TEXT,
  letter       TEXT,
  reason       TEXT,
  effective_at TIMESTAMPTZ NOT NULL,
  applied_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Exactly one letter per (demand, response version); the recipient is the demand's requester e-mail, known once
-- the demand's facts are.
CREATE TABLE agency_letter (
  id               UUID        PRIMARY KEY,
  demand_id        TEXT        NOT NULL,
  response_version INT         NOT NULL,
  kind             TEXT        NOT NULL CHECK (kind IN ('REDIRECT', 'REJECTION')),
  reason           TEXT,
  recipient_email  TEXT,
  state            TEXT        NOT NULL CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
  attempts         INT         NOT NULL DEFAULT 0,
  failure          TEXT,
  next_attempt_at  TIMESTAMPTZ NOT NULL,
  lease_until      TIMESTAMPTZ,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (demand_id, response_version)
);
CREATE INDEX agency_letter_open ON agency_letter (next_attempt_at) WHERE state IN ('PENDING', 'SENDING');

-- Rule 5: exactly one notice per (demand, status version, kind, recipient); every notice so far is a DEMAND notice.
ALTER TABLE notice ADD COLUMN kind TEXT NOT NULL DEFAULT 'DEMAND' CHECK (kind IN ('DEMAND', 'FOLLOW_UP'));
DROP INDEX notice_once;
CREATE UNIQUE INDEX notice_once ON notice (demand_id, status_version, kind, lower(recipient_email));
