-- The audit log (issue 12): every decision, approval and release, appended in the transaction that made it and
-- chained by hash (each entry holds the hash of the one before; see the audit package). Append-only in the
-- database too: triggers refuse UPDATE, DELETE and TRUNCATE of audit_log, whoever asks. The owner can still
-- disable them (ALTER TABLE ... DISABLE TRIGGER): that is what the chain's verification is for.

CREATE TABLE audit_log
(
    seq           BIGINT      NOT NULL PRIMARY KEY,
    at            TIMESTAMPTZ NOT NULL,
    actor         TEXT        NOT NULL,
    action        TEXT        NOT NULL,
    demand_id     TEXT,
    order_id      TEXT,
    subject_id    TEXT,
    facts         TEXT        NOT NULL,
    previous_hash TEXT        NOT NULL,
    hash          TEXT        NOT NULL UNIQUE
);
CREATE INDEX audit_log_demand_idx ON audit_log (demand_id);

-- The head of the chain: one row, locked FOR UPDATE by every append (so appends are serialised and the chain
-- never forks) and moved one entry forward by it; removing entries at the end leaves the head naming them.
CREATE TABLE audit_chain_head
(
    id   BOOLEAN NOT NULL PRIMARY KEY DEFAULT TRUE CHECK (id),
    seq  BIGINT  NOT NULL,
    hash TEXT    NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash)
VALUES (TRUE, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.seq <> OLD.seq + 1
        OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq AND hash = NEW.hash) THEN
        RAISE EXCEPTION 'audit_chain_head moves one appended entry forward only: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_chain_head_forward_only
    BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only();
CREATE TRIGGER audit_chain_head_no_truncate
    BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
