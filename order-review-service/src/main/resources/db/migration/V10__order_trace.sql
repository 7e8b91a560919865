-- The trace context (W3C traceparent) of the decision that set the order's current end (recorded, extended or
-- changed), so its release by the expiry sweep, a trace of its own, links to the decision that caused it.
ALTER TABLE secrecy_order ADD COLUMN trace_parent TEXT;
