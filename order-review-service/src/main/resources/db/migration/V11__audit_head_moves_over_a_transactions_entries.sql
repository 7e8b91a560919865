-- A transaction's audit entries are stored together just before it commits (AuditTrail), so the head moves over
-- all of them at once: forward only still, and only over entries appended after it and chained to it (each
-- number from the old head's next to the new head's present, the first holding the old head's hash, the last
-- the new head's hash).

CREATE OR REPLACE FUNCTION audit_chain_head_forward_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.seq <= OLD.seq
        OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq AND hash = NEW.hash)
        OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = OLD.seq + 1 AND previous_hash = OLD.hash)
        OR (SELECT count(*) FROM audit_log WHERE seq > OLD.seq AND seq <= NEW.seq) <> NEW.seq - OLD.seq THEN
        RAISE EXCEPTION 'audit_chain_head moves forward only, over appended entries chained to it: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
