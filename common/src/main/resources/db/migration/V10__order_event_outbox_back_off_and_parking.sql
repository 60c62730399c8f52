-- Order events the broker refuses (nack) are retried with a back-off and, after oms.events.max-nacks refusals, parked
-- (issue 21): before, a nacked event went out again on every run, forever, and each retry delivered another copy to
-- every queue that did accept it. Failures that are not the event's own (broker unreachable, no confirm in time)
-- still count in attempts only: they are retried on the next run and never park an event.
ALTER TABLE order_event_outbox ADD COLUMN nacks INT NOT NULL DEFAULT 0;
-- NULL: due now. Set after a nack to now + back-off; the publisher skips the row until then.
ALTER TABLE order_event_outbox ADD COLUMN next_attempt_at DATETIME(3);
-- Set when the event is parked (last_error keeps the reason); orderEventReplay clears it.
ALTER TABLE order_event_outbox ADD COLUMN parked_at DATETIME(3);
