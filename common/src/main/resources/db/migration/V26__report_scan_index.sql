-- The health indicators' pass (issue #16, job-report OrderScan) reads the orders created in its look-back window
-- (default 60 days before the requested days to their end). Without an index on created_at that was a scan of the
-- whole order table — years of history for a daily run. With it the pass reads the window's range of the index;
-- their status history is reached through ix_status_history_order (order_no, changed_at) and their lines through
-- order_line's primary key (order_no, line_no), so no other index is needed. One more entry per order insert.
CREATE INDEX ix_unified_order_created ON unified_order (created_at);
