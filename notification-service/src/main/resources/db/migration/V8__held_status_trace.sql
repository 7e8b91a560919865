-- The trace context (W3C traceparent) of the record that brought a status version, so a version held until its
-- demand or its predecessor arrives is applied later in a span that continues its own trace (the reviewer's
-- decision still reaches the mail in one trace). Null for versions seen before.
ALTER TABLE status_version ADD COLUMN trace_parent TEXT;
