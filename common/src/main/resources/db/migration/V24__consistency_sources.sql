-- Consistency checks (issue #18): the staging tables the external systems' rows are loaded into, keyed for joins
-- with our order tables by order_no (derived on load from channel + platform order id, as Channel.orderNo does),
-- the tax rate table the cross-border check reads, the source files already processed and the rows they rejected,
-- and the audit of operators' changes to findings. Column contract: docs/consistency.md.
-- Every time is set by the suite (GMT+8 wall clock). Runs unchanged on MariaDB and H2 (MySQL mode).

CREATE TABLE cc_erp_order (
    order_no             VARCHAR(80)   NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    platform_order_id    VARCHAR(64)   NOT NULL,
    order_amount         DECIMAL(14,2) NOT NULL,
    status               VARCHAR(32)   NOT NULL,
    refunded             BOOLEAN       NOT NULL,
    promised_ship_date   DATE,
    PRIMARY KEY (order_no)
) DEFAULT CHARSET = utf8mb4;

-- One row per shipment; state PICKING = on the pick list, SHIPPED = left the warehouse.
CREATE TABLE cc_wms_shipment (
    order_no             VARCHAR(80)   NOT NULL,
    shipment_no          VARCHAR(64)   NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    platform_order_id    VARCHAR(64)   NOT NULL,
    state                VARCHAR(16)   NOT NULL,
    shipped_at           DATETIME,
    tracking_no          VARCHAR(64),
    PRIMARY KEY (order_no, shipment_no)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE cc_wms_stock_movement (
    order_no             VARCHAR(80)   NOT NULL,
    movement_no          VARCHAR(64)   NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    platform_order_id    VARCHAR(64)   NOT NULL,
    sku                  VARCHAR(128)  NOT NULL,
    quantity             INT           NOT NULL,
    gift                 BOOLEAN       NOT NULL,
    PRIMARY KEY (order_no, movement_no)
) DEFAULT CHARSET = utf8mb4;

-- Payment ledger: kind PAYMENT or REFUND, amounts positive.
CREATE TABLE cc_ledger_entry (
    order_no             VARCHAR(80)   NOT NULL,
    entry_no             VARCHAR(64)   NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    platform_order_id    VARCHAR(64)   NOT NULL,
    kind                 VARCHAR(8)    NOT NULL,
    amount               DECIMAL(14,2) NOT NULL,
    booked_at            DATETIME      NOT NULL,
    PRIMARY KEY (order_no, entry_no)
) DEFAULT CHARSET = utf8mb4;

-- Tax breakdown of an order (cross-border: customs duty, VAT, consumption tax), rate as a fraction.
CREATE TABLE cc_tax_line (
    order_no             VARCHAR(80)   NOT NULL,
    seq                  INT           NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    platform_order_id    VARCHAR(64)   NOT NULL,
    tax_kind             VARCHAR(32)   NOT NULL,
    rate                 DECIMAL(7,4)  NOT NULL,
    amount               DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (order_no, seq)
) DEFAULT CHARSET = utf8mb4;

-- The rates the cross-border check compares with: DOMESTIC is the rule a cross-border order must not be taxed by.
CREATE TABLE cc_tax_rate (
    rule_name            VARCHAR(32)   NOT NULL,
    rate                 DECIMAL(7,4)  NOT NULL,
    PRIMARY KEY (rule_name)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO cc_tax_rate (rule_name, rate) VALUES ('DOMESTIC', 0.1300), ('CROSS_BORDER', 0.0910);

-- One row: taken FOR UPDATE while a run replaces or adds staged rows, so two executors loading at once take turns.
CREATE TABLE cc_source_lock (
    name                 VARCHAR(16)   NOT NULL,
    PRIMARY KEY (name)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO cc_source_lock (name) VALUES ('staging');

-- A CSV file is processed once: identified by its source and content hash.
CREATE TABLE cc_source_file (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    source               VARCHAR(32)   NOT NULL,
    file_name            VARCHAR(255)  NOT NULL,
    content_hash         CHAR(64)      NOT NULL,
    rows_loaded          INT           NOT NULL,
    rows_rejected        INT           NOT NULL,
    processed_at         DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cc_source_file UNIQUE (source, content_hash)
) DEFAULT CHARSET = utf8mb4;

-- A rejected source row, kept with its line, the field and the reason.
CREATE TABLE cc_rejected_row (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    source               VARCHAR(32)   NOT NULL,
    file_name            VARCHAR(255)  NOT NULL,
    line_no              BIGINT        NOT NULL,
    field                VARCHAR(64)   NOT NULL,
    reason               VARCHAR(255)  NOT NULL,
    raw_line             VARCHAR(2000) NOT NULL,
    rejected_at          DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_cc_rejected_row_file ON cc_rejected_row (source, file_name);

-- Operators' acknowledge/resolve of a finding: who, when, why, from which state.
CREATE TABLE consistency_finding_audit (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    finding_id           BIGINT        NOT NULL,
    action               VARCHAR(16)   NOT NULL,
    from_state           VARCHAR(16)   NOT NULL,
    to_state             VARCHAR(16)   NOT NULL,
    operator             VARCHAR(64)   NOT NULL,
    reason               VARCHAR(255)  NOT NULL,
    acted_at             DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_consistency_finding_audit ON consistency_finding_audit (finding_id);

-- Auto-resolution closes the open findings of one check in one order-number range.
CREATE INDEX ix_consistency_finding_check_order ON consistency_finding (check_name, order_no);
