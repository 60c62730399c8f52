-- Unified order model. Runs unchanged on MariaDB 10.11+ and on H2 2.x in MySQL mode.
-- Money is DECIMAL(14,2) yuan; times are GMT+8 wall-clock DATETIME, as all four platforms speak.

CREATE TABLE channel_shop (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    channel                VARCHAR(16)  NOT NULL,
    shop_id                VARCHAR(64)  NOT NULL,
    display_name           VARCHAR(128) NOT NULL,
    app_key                VARCHAR(64)  NOT NULL,
    -- Secrets are never stored: these hold references such as 'env:TAOBAO_SHOP_1001_SECRET'.
    app_secret_ref         VARCHAR(128) NOT NULL,
    access_token_ref       VARCHAR(128) NOT NULL,
    api_base_url           VARCHAR(255),
    enabled                BOOLEAN      NOT NULL DEFAULT TRUE,
    sync_page_size         INT          NOT NULL DEFAULT 100,
    sync_overlap_seconds   INT          NOT NULL DEFAULT 300,
    sync_start_at          DATETIME,
    created_at             DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at             DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT uk_channel_shop UNIQUE (channel, shop_id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE unified_order (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    order_no                VARCHAR(80)   NOT NULL,
    channel                 VARCHAR(16)   NOT NULL,
    shop_id                 VARCHAR(64)   NOT NULL,
    platform_order_id       VARCHAR(64)   NOT NULL,
    status                  VARCHAR(24)   NOT NULL,
    platform_status         VARCHAR(64)   NOT NULL,
    refund_state            VARCHAR(16)   NOT NULL,
    on_hold                 BOOLEAN       NOT NULL DEFAULT FALSE,
    goods_amount            DECIMAL(14,2) NOT NULL,
    discount_amount         DECIMAL(14,2) NOT NULL,
    freight_amount          DECIMAL(14,2) NOT NULL,
    tax_amount              DECIMAL(14,2) NOT NULL,
    paid_amount             DECIMAL(14,2) NOT NULL,
    currency                CHAR(3)       NOT NULL DEFAULT 'CNY',
    created_at              DATETIME      NOT NULL,
    paid_at                 DATETIME,
    platform_modified_at    DATETIME      NOT NULL,
    promised_ship_by        DATETIME,
    shipped_at              DATETIME,
    delivered_at            DATETIME,
    presale                 BOOLEAN       NOT NULL DEFAULT FALSE,
    presale_delivery_date   DATE,
    cross_border            BOOLEAN       NOT NULL DEFAULT FALSE,
    buyer_ref_masked        VARCHAR(64),
    version                 INT           NOT NULL DEFAULT 1,
    synced_at               DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_unified_order_platform UNIQUE (channel, shop_id, platform_order_id),
    CONSTRAINT uk_unified_order_no UNIQUE (order_no)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_unified_order_status ON unified_order (status, created_at);
CREATE INDEX ix_unified_order_modified ON unified_order (channel, shop_id, platform_modified_at);

CREATE TABLE order_line (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    order_no            VARCHAR(80)   NOT NULL,
    line_no             INT           NOT NULL,
    sku                 VARCHAR(128),
    platform_sku        VARCHAR(64),
    title               VARCHAR(255),
    quantity            INT           NOT NULL,
    unit                VARCHAR(16),
    unit_price          DECIMAL(14,2) NOT NULL,
    discount_share      DECIMAL(14,2) NOT NULL DEFAULT 0,
    gift                BOOLEAN       NOT NULL DEFAULT FALSE,
    refund_state        VARCHAR(16)   NOT NULL,
    batch_no            VARCHAR(64),
    PRIMARY KEY (id),
    CONSTRAINT uk_order_line UNIQUE (order_no, line_no)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE order_marketing (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    order_no     VARCHAR(80)   NOT NULL,
    seq          INT           NOT NULL,
    type         VARCHAR(24)   NOT NULL,
    funded_by    VARCHAR(16)   NOT NULL,
    name         VARCHAR(128),
    amount       DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_order_marketing UNIQUE (order_no, seq)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE order_status_history (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    order_no     VARCHAR(80)  NOT NULL,
    from_status  VARCHAR(24),
    to_status    VARCHAR(24)  NOT NULL,
    changed_at   DATETIME     NOT NULL,
    source       VARCHAR(16)  NOT NULL,
    recorded_at  DATETIME     NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_status_history_order ON order_status_history (order_no, changed_at);

CREATE TABLE raw_payload (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    channel            VARCHAR(16)   NOT NULL,
    shop_id            VARCHAR(64)   NOT NULL,
    kind               VARCHAR(24)   NOT NULL,
    platform_order_id  VARCHAR(64),
    received_at        DATETIME      NOT NULL,
    content_hash       CHAR(64)      NOT NULL,
    body_gzip          LONGBLOB      NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    reason             VARCHAR(32)   NOT NULL,
    failing_field      VARCHAR(128),
    detail             VARCHAR(512),
    attempts           INT           NOT NULL DEFAULT 0,
    updated_at         DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_raw_payload_content UNIQUE (channel, shop_id, kind, content_hash)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_raw_payload_state ON raw_payload (state, reason, channel, received_at);
