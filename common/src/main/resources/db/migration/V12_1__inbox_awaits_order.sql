-- A verified payment notice whose order is not in our tables yet (its pushes held during an outage, its pull not
-- due) waits for it: state VERIFIED, reason AWAITING_ORDER, awaits_order = the platform order id it pays. Each
-- inboxDrain makes such notices due again once that order exists; next_attempt_at is the end of the wait.
ALTER TABLE inbox_message ADD COLUMN awaits_order VARCHAR(64);
