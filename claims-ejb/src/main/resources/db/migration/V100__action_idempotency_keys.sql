-- An action sent again under the same Idempotency-Key (a client that lost the answer, for example when the database
-- died between its commit and the answer) finds the action recorded instead of failing on the version it already
-- moved, or recording it twice. Registrations and actions share the keys: the table is renamed for both. A key is
-- the caller's own, used once, for one request; the request is kept as a blind index, never as its content.
RENAME TABLE claim_registration_key TO claim_request_key;
