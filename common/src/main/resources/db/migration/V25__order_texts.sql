-- The order texts freeze rules read (issue #18, REMARK_KEYWORD / ADDRESS_KEYWORD; docs/unified-model.md "Order
-- texts"): the buyer's remark, the seller's memo and the receiver's region in plain text (province, city, district,
-- township). Never names, phone numbers or the street address. Written by the sync's header upsert; NULL when the
-- platform gave none (and for orders synced before V25, until their next version or a rewriting backfill).
-- Sizes in characters; the mapper cuts longer texts (OrderTexts.REMARK_MAX / REGION_MAX).
ALTER TABLE unified_order ADD COLUMN buyer_remark VARCHAR(500);
ALTER TABLE unified_order ADD COLUMN seller_memo VARCHAR(500);
ALTER TABLE unified_order ADD COLUMN receiver_region VARCHAR(200);

-- REMARK_KEYWORD / ADDRESS_KEYWORD rules: keywords separated by '|', matched case-insensitively as substrings.
ALTER TABLE freeze_rule ADD COLUMN keywords VARCHAR(1000);
