-- Safety rule 11: an order (and an extension) ends either at an instant it names or at the end of a date in
-- the court's IANA time zone. The date and zone are kept as entered beside the effective end instant
-- (expires_at / new_expires_at, which the expiry sweep reads). Orders stored before this rule keep their
-- instant: their date and zone stay NULL; those ending at exactly midnight UTC are put on the attention list
-- by the application for a reviewer to confirm the court's date and zone.
ALTER TABLE secrecy_order
    ADD COLUMN expires_on DATE,
    ADD COLUMN time_zone  TEXT,
    ADD CONSTRAINT secrecy_order_date_with_zone CHECK ((expires_on IS NULL) = (time_zone IS NULL));

ALTER TABLE order_extension
    ADD COLUMN new_expires_on DATE,
    ADD COLUMN new_time_zone  TEXT,
    ADD CONSTRAINT order_extension_date_with_zone CHECK ((new_expires_on IS NULL) = (new_time_zone IS NULL));

-- Safety rule 8: a gap in a demand's status history heals only by re-publishing its versions unchanged. Every
-- published SecrecyStatusChanged is kept whole here (written with the change, in its transaction). Versions
-- published before this table existed are filled in from the case history: exactly where the values are
-- known (PENDING_REVIEW and RESTRICTED name nobody and carry no delayed notice; the latest version is the
-- case row's), and marked complete = FALSE otherwise (an older EXECUTIVE_ONLY or CLEARED version, whose
-- recipients or delayed notice were not kept): those are never re-published with guessed values.
CREATE TABLE published_status
(
    demand_id            TEXT        NOT NULL REFERENCES review_case (demand_id),
    version              INT         NOT NULL,
    customer_id          TEXT        NOT NULL,
    status               TEXT        NOT NULL,
    reason               TEXT        NOT NULL,
    permitted_recipients TEXT[],
    notice_authority     TEXT,
    notice_court         TEXT,
    notice_docket_number TEXT,
    notice_issued_at     TIMESTAMPTZ,
    notice_ended_at      TIMESTAMPTZ,
    effective_at         TIMESTAMPTZ NOT NULL,
    complete             BOOLEAN     NOT NULL,
    PRIMARY KEY (demand_id, version)
);

INSERT INTO published_status (demand_id, version, customer_id, status, reason, permitted_recipients,
                              notice_authority, notice_court, notice_docket_number, notice_issued_at,
                              notice_ended_at, effective_at, complete)
SELECT h.demand_id, h.version, c.customer_id, h.status, coalesce(h.detail, ''),
       CASE WHEN h.version = c.status_version THEN c.permitted_recipients
            WHEN h.status IN ('PENDING_REVIEW', 'RESTRICTED') THEN '{}'::text[] END,
       CASE WHEN h.version = c.status_version THEN c.notice_authority END,
       CASE WHEN h.version = c.status_version THEN c.notice_court END,
       CASE WHEN h.version = c.status_version THEN c.notice_docket_number END,
       CASE WHEN h.version = c.status_version THEN c.notice_issued_at END,
       CASE WHEN h.version = c.status_version THEN c.notice_ended_at END,
       h.at,
       h.version = c.status_version OR h.status IN ('PENDING_REVIEW', 'RESTRICTED')
FROM case_history h
         JOIN review_case c ON c.demand_id = h.demand_id
WHERE h.version IS NOT NULL;
