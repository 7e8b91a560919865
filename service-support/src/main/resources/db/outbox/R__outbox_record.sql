-- The lean outbox (service-support's OutboxWriter and OutboxRelay): records already serialized in the
-- business transaction, with their headers, sent in id order by the one active relay of the service and
-- then deleted. Repeatable, so it needs no version of its own beside each service's history: every
-- statement is idempotent.
CREATE TABLE IF NOT EXISTS outbox_record (
    id            bigserial PRIMARY KEY,
    topic         text      NOT NULL,
    record_key    bytea,
    record_value  bytea,
    header_names  text[]    NOT NULL,
    header_values bytea[]   NOT NULL
);

-- Wakes the relay at commit: NOTIFY is delivered when the inserting transaction commits, once per
-- transaction, to every instance of the service listening on its schema's channel.
CREATE OR REPLACE FUNCTION outbox_record_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('demandflow_outbox_' || TG_TABLE_SCHEMA, '');
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER outbox_record_inserted AFTER INSERT ON outbox_record
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_record_inserted();
