-- The entry-error report's full list is read in keyset pages ordered by (entry_id, id) within a day
-- (EntryFindingRows), so a day's findings are never held in memory; this index serves each page without a sort.
CREATE INDEX ix_entry_finding_list ON entry_finding (entry_date, entry_id, id);
