-- Consistency findings (issue #18): what a consistency check found differing between our orders and the channel,
-- the payment gateway/ledger, the ERP or the WMS. One OPEN finding per (order, check, field): open_key holds
-- '<order_no>|<check>|<field>' while the finding is NEW or ACKNOWLEDGED and NULL once it is RESOLVED (by an
-- operator) or AUTO_RESOLVED (a later run no longer saw it), so the unique key allows any number of closed ones.
-- Every time is set by the suite (GMT+8 wall clock).
CREATE TABLE consistency_finding (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    open_key             VARCHAR(200),
    order_no             VARCHAR(80)   NOT NULL,   -- ours, or '<channel>:<platform order id>' when we lack the order
    channel              VARCHAR(16)   NOT NULL,
    shop_id              VARCHAR(64)   NOT NULL,
    check_name           VARCHAR(32)   NOT NULL,   -- AMOUNT | REFUND | GIFT_STOCK | PRESALE | CROSS_BORDER_TAX | STATUS_DRIFT
    field                VARCHAR(64)   NOT NULL,
    our_value            VARCHAR(255),
    their_value          VARCHAR(255),
    their_system         VARCHAR(16)   NOT NULL,   -- CHANNEL | GATEWAY | LEDGER | ERP | WMS | OURS
    severity             VARCHAR(8)    NOT NULL,   -- LOW | MEDIUM | HIGH
    suggested_action     VARCHAR(255),
    state                VARCHAR(16)   NOT NULL,   -- NEW | ACKNOWLEDGED | RESOLVED | AUTO_RESOLVED
    first_run_id         VARCHAR(64)   NOT NULL,
    last_run_id          VARCHAR(64)   NOT NULL,
    first_seen_at        DATETIME(3)   NOT NULL,
    last_seen_at         DATETIME(3)   NOT NULL,
    acknowledged_by      VARCHAR(64),
    acknowledged_at      DATETIME(3),
    closed_by            VARCHAR(64),              -- operator, or 'auto' / 'repair:<check>'
    closed_at            DATETIME(3),
    close_reason         VARCHAR(255),
    PRIMARY KEY (id),
    CONSTRAINT uk_consistency_finding_open UNIQUE (open_key)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_consistency_finding_state ON consistency_finding (state, channel, shop_id, check_name);
CREATE INDEX ix_consistency_finding_order ON consistency_finding (order_no);
CREATE INDEX ix_consistency_finding_seen ON consistency_finding (first_seen_at);
