-- The warm sync's database work per order (issue 19): every key an insert maintains is paid for on every write.
--
-- order_line and order_marketing are always read and replaced by order number, yet were clustered by an
-- auto-increment id that nothing reads, with a second unique key (order_no, line_no) / (order_no, seq) for the
-- real identity: each row inserted two B-tree entries, and a lookup by order number went through the secondary key
-- and back to the clustered one. The natural key becomes the primary key: one entry per row, an order's rows
-- stored together.
--
-- unified_order kept two unique keys for one identity: order_no is derived from (channel, platform order id)
-- (Channel.orderNo) and platform order ids are unique per platform, so uk_unified_order_platform only added a third
-- index to every insert and a second duplicate check to every upsert. Lookups by platform order id now go by
-- order_no; listings by shop keep ix_unified_order_modified (channel, shop_id, platform_modified_at).
--
-- One change per statement (H2 runs these too). On MariaDB/MySQL dropping id leaves the unique key as the
-- clustered index; ADD PRIMARY KEY rebuilds the table once more; dropping the unique key after that is in place.
ALTER TABLE order_line DROP COLUMN id;
ALTER TABLE order_line ADD PRIMARY KEY (order_no, line_no);
ALTER TABLE order_line DROP CONSTRAINT uk_order_line;

ALTER TABLE order_marketing DROP COLUMN id;
ALTER TABLE order_marketing ADD PRIMARY KEY (order_no, seq);
ALTER TABLE order_marketing DROP CONSTRAINT uk_order_marketing;

ALTER TABLE unified_order DROP CONSTRAINT uk_unified_order_platform;
