-- A review case as explicit rows that the persistence adapter owns: the case, its secrecy orders and their
-- extensions, its challenges and its history. V1 stored the domain's records serialised whole as a JSONB
-- document; this converts every stored case into the rows, then drops the document.

ALTER TABLE review_case
    ADD COLUMN demand_type             TEXT,
    ADD COLUMN received_at             TIMESTAMPTZ,
    ADD COLUMN response_due_at         TIMESTAMPTZ,
    ADD COLUMN nondisclosure_indicated BOOLEAN,
    ADD COLUMN decided                 BOOLEAN,
    ADD COLUMN permitted_recipients    TEXT[],
    ADD COLUMN notice_authority        TEXT,
    ADD COLUMN notice_court            TEXT,
    ADD COLUMN notice_docket_number    TEXT,
    ADD COLUMN notice_issued_at        TIMESTAMPTZ,
    ADD COLUMN notice_ended_at         TIMESTAMPTZ;

UPDATE review_case
SET demand_type             = document #>> '{demand,demandType}',
    received_at             = (document #>> '{demand,receivedAt}')::timestamptz,
    response_due_at         = (document #>> '{demand,responseDueAt}')::timestamptz,
    nondisclosure_indicated = (document #>> '{demand,nondisclosureIndicated}')::boolean,
    decided                 = (document ->> 'decided')::boolean,
    permitted_recipients    = ARRAY(SELECT jsonb_array_elements_text(document #> '{published,permittedRecipients}')),
    notice_authority        = document #>> '{published,delayedNotice,authority}',
    notice_court            = document #>> '{published,delayedNotice,court}',
    notice_docket_number    = document #>> '{published,delayedNotice,docketNumber}',
    notice_issued_at        = (document #>> '{published,delayedNotice,issuedAt}')::timestamptz,
    notice_ended_at         = (document #>> '{published,delayedNotice,endedAt}')::timestamptz;

ALTER TABLE review_case
    ALTER COLUMN demand_type SET NOT NULL,
    ALTER COLUMN received_at SET NOT NULL,
    ALTER COLUMN nondisclosure_indicated SET NOT NULL,
    ALTER COLUMN decided SET NOT NULL,
    ALTER COLUMN permitted_recipients SET NOT NULL;

CREATE TABLE secrecy_order
(
    order_id                  TEXT        NOT NULL PRIMARY KEY,
    demand_id                 TEXT        NOT NULL REFERENCES review_case (demand_id),
    position                  INT         NOT NULL,
    authority                 TEXT        NOT NULL,
    court                     TEXT,
    docket_number             TEXT,
    issued_at                 TIMESTAMPTZ NOT NULL,
    expires_at                TIMESTAMPTZ,
    scope                     TEXT        NOT NULL,
    permitted_recipients      TEXT[]      NOT NULL,
    exceptional_circumstances TEXT,
    state                     TEXT        NOT NULL,
    ended_at                  TIMESTAMPTZ,
    end_reason                TEXT,
    UNIQUE (demand_id, position)
);
CREATE INDEX secrecy_order_active_idx ON secrecy_order (authority) WHERE state = 'ACTIVE';

CREATE TABLE order_extension
(
    order_id            TEXT        NOT NULL REFERENCES secrecy_order (order_id),
    position            INT         NOT NULL,
    demand_id           TEXT        NOT NULL REFERENCES review_case (demand_id),
    previous_expires_at TIMESTAMPTZ NOT NULL,
    new_expires_at      TIMESTAMPTZ NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL,
    recorded_by         TEXT,
    PRIMARY KEY (order_id, position)
);
CREATE INDEX order_extension_demand_idx ON order_extension (demand_id);

CREATE TABLE challenge
(
    challenge_id TEXT        NOT NULL PRIMARY KEY,
    demand_id    TEXT        NOT NULL REFERENCES review_case (demand_id),
    position     INT         NOT NULL,
    order_id     TEXT        NOT NULL,
    grounds      TEXT,
    filed_at     TIMESTAMPTZ,
    filed_by     TEXT,
    outcome      TEXT        NOT NULL,
    decided_at   TIMESTAMPTZ,
    decided_by   TEXT,
    note         TEXT,
    UNIQUE (demand_id, position)
);

CREATE TABLE case_history
(
    demand_id  TEXT        NOT NULL REFERENCES review_case (demand_id),
    position   INT         NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT,
    action     TEXT        NOT NULL,
    subject_id TEXT,
    detail     TEXT,
    status     TEXT,
    version    INT,
    PRIMARY KEY (demand_id, position)
);

INSERT INTO secrecy_order (order_id, demand_id, position, authority, court, docket_number, issued_at, expires_at,
                           scope, permitted_recipients, exceptional_circumstances, state, ended_at, end_reason)
SELECT o.doc ->> 'orderId', c.demand_id, o.pos - 1, o.doc ->> 'authority', o.doc ->> 'court',
       o.doc ->> 'docketNumber', (o.doc ->> 'issuedAt')::timestamptz, (o.doc ->> 'expiresAt')::timestamptz,
       o.doc ->> 'scope', ARRAY(SELECT jsonb_array_elements_text(o.doc -> 'permittedRecipients')),
       o.doc ->> 'exceptionalCircumstances', o.doc ->> 'state', (o.doc ->> 'endedAt')::timestamptz,
       o.doc ->> 'endReason'
FROM review_case c, jsonb_array_elements(c.document -> 'orders') WITH ORDINALITY AS o(doc, pos);

INSERT INTO order_extension (order_id, position, demand_id, previous_expires_at, new_expires_at, recorded_at,
                             recorded_by)
SELECT o.doc ->> 'orderId', e.pos - 1, c.demand_id, (e.doc ->> 'previousExpiresAt')::timestamptz,
       (e.doc ->> 'newExpiresAt')::timestamptz, (e.doc ->> 'recordedAt')::timestamptz, e.doc ->> 'recordedBy'
FROM review_case c,
     jsonb_array_elements(c.document -> 'orders') AS o(doc),
     jsonb_array_elements(o.doc -> 'extensions') WITH ORDINALITY AS e(doc, pos);

INSERT INTO challenge (challenge_id, demand_id, position, order_id, grounds, filed_at, filed_by, outcome, decided_at,
                       decided_by, note)
SELECT h.doc ->> 'challengeId', c.demand_id, h.pos - 1, h.doc ->> 'orderId', h.doc ->> 'grounds',
       (h.doc ->> 'filedAt')::timestamptz, h.doc ->> 'filedBy', h.doc ->> 'outcome',
       (h.doc ->> 'decidedAt')::timestamptz, h.doc ->> 'decidedBy', h.doc ->> 'note'
FROM review_case c, jsonb_array_elements(c.document -> 'challenges') WITH ORDINALITY AS h(doc, pos);

INSERT INTO case_history (demand_id, position, at, actor, action, subject_id, detail, status, version)
SELECT c.demand_id, h.pos - 1, (h.doc ->> 'at')::timestamptz, h.doc ->> 'actor', h.doc ->> 'action',
       h.doc ->> 'subjectId', h.doc ->> 'detail', h.doc ->> 'status', (h.doc ->> 'version')::int
FROM review_case c, jsonb_array_elements(c.document -> 'history') WITH ORDINALITY AS h(doc, pos);

ALTER TABLE review_case DROP COLUMN document;
