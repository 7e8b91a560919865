-- secrecy-orders: every change of an order is published as SecrecyOrderChanged with a version per order, from 1.
-- event_version is the last version published for the order; orders stored before this migration published none
-- (0), so their next change publishes version 1.
ALTER TABLE secrecy_order
    ADD COLUMN event_version INT NOT NULL DEFAULT 0;

-- Challenges up the courts: the court (forum, free text) and its level, the kind of matter (which sets the appeal
-- deadline), for an appeal the denied challenge it appeals, and the court's date of the decision (decided_on, when
-- the reviewer states it; objection and appeal periods count from it, else from decided_at's UTC date). Challenges
-- stored before keep NULL in all five: their court and level are unknown (not guessed as MAGISTRATE); the attention
-- list asks a reviewer to check the deadline of such a challenge when it was denied, and an appeal of one is not
-- checked for level.
ALTER TABLE challenge
    ADD COLUMN forum      TEXT,
    ADD COLUMN level      TEXT CHECK (level IN ('MAGISTRATE', 'DISTRICT', 'APPELLATE', 'SUPREME')),
    ADD COLUMN matter     TEXT CHECK (matter IN ('CRIMINAL', 'CIVIL_US_PARTY', 'CIVIL')),
    ADD COLUMN appeal_of  TEXT REFERENCES challenge (challenge_id),
    ADD COLUMN decided_on DATE;

CREATE UNIQUE INDEX challenge_one_appeal_idx ON challenge (appeal_of) WHERE appeal_of IS NOT NULL;
