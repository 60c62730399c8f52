-- Freeze rules (订单冻结, issue #18): high-value or risky orders wait for a person before fulfilment.
-- Rules are evaluated when an order enters PAID, on every path, in the transaction of the status change
-- (docs/freeze-rules.md). Every time is set by the suite (GMT+8 wall clock).

-- One rule a row, edited by operators. kind decides which of threshold / sku / quantity_limit it needs; a row whose
-- fields do not fit its kind is refused by name (alert FreezeRuleInvalid) and the other rules keep working.
CREATE TABLE freeze_rule (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    name            VARCHAR(64)   NOT NULL,
    kind            VARCHAR(32)   NOT NULL,   -- PAID_AMOUNT_ABOVE | SKU_QUANTITY_ABOVE | FIRST_ORDER_AMOUNT_ABOVE | CROSS_BORDER_TAX_ABOVE
    channel         VARCHAR(16),              -- NULL: every channel
    shop_id         VARCHAR(64),              -- NULL: every shop (of the channel)
    threshold       DECIMAL(14,2),            -- yuan: paid amount or tax, held when strictly above
    sku             VARCHAR(128),             -- SKU_QUANTITY_ABOVE: the merchant SKU
    quantity_limit  INT,                      -- SKU_QUANTITY_ABOVE: held when the order's quantity of sku is above
    enabled         BOOLEAN       NOT NULL DEFAULT FALSE,
    dry_run         BOOLEAN       NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uk_freeze_rule_name UNIQUE (name)
) DEFAULT CHARSET = utf8mb4;

-- What a rule decided for an order (held, or would have held in dry run) and, for a hold, what an operator decided.
-- One row per (order, rule): an order enters PAID once, and a replayed batch never records a decision twice.
CREATE TABLE freeze_decision (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    order_no            VARCHAR(80)   NOT NULL,
    channel             VARCHAR(16)   NOT NULL,
    shop_id             VARCHAR(64)   NOT NULL,
    rule_name           VARCHAR(64)   NOT NULL,
    reason              VARCHAR(255)  NOT NULL,
    dry_run             BOOLEAN       NOT NULL,
    source              VARCHAR(16)   NOT NULL,   -- the status change's source: PULL | PUSH | RECONCILE | MANUAL ...
    decided_at          DATETIME(3)   NOT NULL,
    operator_decision   VARCHAR(16),              -- RELEASED | REJECTED, NULL while held (or dry run)
    operator            VARCHAR(64),
    operator_reason     VARCHAR(512),
    operator_at         DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_freeze_decision UNIQUE (order_no, rule_name)
) DEFAULT CHARSET = utf8mb4;

-- Our own hold, separate from the platform's on_hold flag; the sync's upsert never writes these columns, so a
-- later version of the order never releases it. freeze_state: NULL (never held) | HELD | RELEASED | REJECTED.
ALTER TABLE unified_order ADD COLUMN freeze_state VARCHAR(16);
ALTER TABLE unified_order ADD COLUMN freeze_rule VARCHAR(64);
ALTER TABLE unified_order ADD COLUMN freeze_reason VARCHAR(255);
ALTER TABLE unified_order ADD COLUMN freeze_held_at DATETIME;
CREATE INDEX ix_unified_order_freeze ON unified_order (freeze_state);
-- FIRST_ORDER_AMOUNT_ABOVE counts a batch's buyers' orders per shop: without it, each batch read the shop's orders.
CREATE INDEX ix_unified_order_buyer ON unified_order (channel, shop_id, buyer_ref_masked);

-- Paid orders a warehouse may ship: not held by the platform (on_hold) nor by us (HELD, or REJECTED by an operator).
CREATE VIEW ready_to_ship_order AS
SELECT order_no, channel, shop_id, platform_order_id, paid_amount, paid_at, promised_ship_by
FROM unified_order
WHERE status = 'PAID' AND on_hold = FALSE AND (freeze_state IS NULL OR freeze_state = 'RELEASED');

-- Held orders per channel, shop and state, for the reports.
CREATE VIEW freeze_hold_count AS
SELECT channel, shop_id, freeze_state, COUNT(*) AS orders, SUM(paid_amount) AS paid_amount
FROM unified_order
WHERE freeze_state IS NOT NULL
GROUP BY channel, shop_id, freeze_state;
