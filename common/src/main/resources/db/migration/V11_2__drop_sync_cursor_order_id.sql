-- The cursor is the end of the last fully written window, not an order's position: the next run re-reads the
-- overlap before it, which is what settles orders sharing a modified time. cursor_order_id was written and never
-- read, so it goes rather than pretending to be a tie-break.
ALTER TABLE sync_cursor DROP COLUMN cursor_order_id;
