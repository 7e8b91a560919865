-- The trace context (W3C traceparent) of what planned the notice, usually the status that opened the gate, so the
-- notice's send continues that trace (service-support's tracing package). Null for notices planned before.
ALTER TABLE notice ADD COLUMN trace_parent TEXT;
