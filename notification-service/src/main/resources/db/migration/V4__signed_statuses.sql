-- Signed statuses (DESIGN.md "Gate integrity", rule 8): a status record with a missing or bad signature, or one
-- signed with a key this service does not trust, closes the gate and is recorded as an incident.
ALTER TABLE integrity_incident DROP CONSTRAINT integrity_incident_kind_check;
ALTER TABLE integrity_incident ADD CONSTRAINT integrity_incident_kind_check CHECK (kind IN (
  'VERSION_CONFLICT', 'CUSTOMER_MISMATCH', 'KEY_MISMATCH',
  'SIGNATURE_MISSING', 'SIGNATURE_INVALID', 'UNKNOWN_SIGNING_KEY'));
