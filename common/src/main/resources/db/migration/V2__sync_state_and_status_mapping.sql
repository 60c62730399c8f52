-- Sync state per shop, run history, and the editable status mapping.

CREATE TABLE sync_cursor (
    channel              VARCHAR(16)  NOT NULL,
    shop_id              VARCHAR(64)  NOT NULL,
    -- End of the last window whose every page was written: the next window starts here minus the overlap.
    cursor_modified_at   DATETIME     NOT NULL,
    -- The newest order seen at that point (ties on modified time are resolved by re-reading the overlap).
    cursor_order_id      VARCHAR(64),
    updated_at           DATETIME     NOT NULL,
    PRIMARY KEY (channel, shop_id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE shop_sync_lease (
    channel      VARCHAR(16)  NOT NULL,
    shop_id      VARCHAR(64)  NOT NULL,
    holder       VARCHAR(128),
    expires_at   DATETIME     NOT NULL,
    PRIMARY KEY (channel, shop_id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE sync_run (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    run_id             VARCHAR(40)   NOT NULL,
    channel            VARCHAR(16)   NOT NULL,
    shop_id            VARCHAR(64)   NOT NULL,
    mode               VARCHAR(16)   NOT NULL,
    started_at         DATETIME      NOT NULL,
    finished_at        DATETIME,
    outcome            VARCHAR(16)   NOT NULL,
    window_from        DATETIME,
    window_to          DATETIME,
    cursor_before      DATETIME,
    cursor_after       DATETIME,
    windows            INT           NOT NULL DEFAULT 0,
    pages              INT           NOT NULL DEFAULT 0,
    orders_new         INT           NOT NULL DEFAULT 0,
    orders_updated     INT           NOT NULL DEFAULT 0,
    orders_unchanged   INT           NOT NULL DEFAULT 0,
    quarantined        INT           NOT NULL DEFAULT 0,
    calls              INT           NOT NULL DEFAULT 0,
    retries            INT           NOT NULL DEFAULT 0,
    rate_limited       INT           NOT NULL DEFAULT 0,
    failure_reason     VARCHAR(40),
    failure_detail     VARCHAR(512),
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sync_run_shop ON sync_run (channel, shop_id, started_at);
CREATE INDEX ix_sync_run_outcome ON sync_run (outcome, started_at);

-- How platform status texts map to ours. kind ORDER → unified_value is an OrderStatus (on_hold marks frozen
-- orders); kind REFUND → a line RefundState. channel '*' rows apply to every channel (logistics labels).
-- Editable at run time: each sync run reads the table afresh. A status found nowhere is never guessed.
CREATE TABLE status_mapping (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    channel         VARCHAR(16)  NOT NULL,
    kind            VARCHAR(8)   NOT NULL,
    platform_value  VARCHAR(64)  NOT NULL,
    unified_value   VARCHAR(24)  NOT NULL,
    on_hold         BOOLEAN      NOT NULL DEFAULT FALSE,
    note            VARCHAR(128),
    PRIMARY KEY (id),
    CONSTRAINT uk_status_mapping UNIQUE (channel, kind, platform_value)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO status_mapping (channel, kind, platform_value, unified_value, on_hold, note) VALUES
('TAOBAO', 'ORDER', 'TRADE_NO_CREATE_PAY', 'PENDING_PAYMENT', FALSE, '没有创建支付宝交易'),
('TAOBAO', 'ORDER', 'WAIT_BUYER_PAY', 'PENDING_PAYMENT', FALSE, '等待买家付款'),
('TAOBAO', 'ORDER', 'PAY_PENDING', 'PENDING_PAYMENT', FALSE, '付款确认中'),
('TAOBAO', 'ORDER', 'WAIT_PRE_AUTH_CONFIRM', 'PENDING_PAYMENT', FALSE, '0元购合约中'),
('TAOBAO', 'ORDER', 'WAIT_SELLER_SEND_GOODS', 'PAID', FALSE, '待发货'),
('TAOBAO', 'ORDER', 'SELLER_CONSIGNED_PART', 'PARTIALLY_SHIPPED', FALSE, '卖家部分发货'),
('TAOBAO', 'ORDER', 'WAIT_BUYER_CONFIRM_GOODS', 'SHIPPED', FALSE, '已发货'),
('TAOBAO', 'ORDER', 'TRADE_BUYER_SIGNED', 'DELIVERED', FALSE, '买家已签收'),
('TAOBAO', 'ORDER', 'TRADE_FINISHED', 'COMPLETED', FALSE, '交易成功'),
('TAOBAO', 'ORDER', 'TRADE_CLOSED', 'CANCELLED', FALSE, '交易关闭'),
('TAOBAO', 'ORDER', 'TRADE_CLOSED_BY_TAOBAO', 'CANCELLED', FALSE, '交易被淘宝关闭'),
('TAOBAO', 'REFUND', 'NO_REFUND', 'NONE', FALSE, NULL),
('TAOBAO', 'REFUND', 'WAIT_SELLER_AGREE', 'REQUESTED', FALSE, NULL),
('TAOBAO', 'REFUND', 'WAIT_BUYER_RETURN_GOODS', 'REQUESTED', FALSE, NULL),
('TAOBAO', 'REFUND', 'WAIT_SELLER_CONFIRM_GOODS', 'REQUESTED', FALSE, NULL),
('TAOBAO', 'REFUND', 'SELLER_REFUSE_BUYER', 'NONE', FALSE, NULL),
('TAOBAO', 'REFUND', 'CLOSED', 'NONE', FALSE, NULL),
('TAOBAO', 'REFUND', 'SUCCESS', 'REFUNDED', FALSE, NULL),
('JD', 'ORDER', 'WAIT_SELLER_STOCK_OUT', 'PAID', FALSE, '等待出库'),
('JD', 'ORDER', 'WAIT_SELLER_DELIVERY', 'PAID', FALSE, '等待发货'),
('JD', 'ORDER', 'WAIT_GOODS_RECEIVE_CONFIRM', 'SHIPPED', FALSE, '等待确认收货'),
('JD', 'ORDER', 'FINISHED_L', 'COMPLETED', FALSE, '完成'),
('JD', 'ORDER', 'TRADE_CANCELED', 'CANCELLED', FALSE, '取消'),
('JD', 'ORDER', 'PAUSE', 'PAID', TRUE, '暂停'),
('JD', 'ORDER', 'POP_ORDER_PAUSE', 'PAID', TRUE, 'pop暂停'),
('JD', 'ORDER', 'LOCKED', 'PAID', TRUE, '已锁定'),
('DOUYIN', 'ORDER', '1', 'PENDING_PAYMENT', FALSE, '待支付'),
('DOUYIN', 'ORDER', '105', 'PAID', FALSE, '已支付'),
('DOUYIN', 'ORDER', '2', 'PAID', FALSE, '备货中'),
('DOUYIN', 'ORDER', '101', 'PARTIALLY_SHIPPED', FALSE, '部分发货'),
('DOUYIN', 'ORDER', '3', 'SHIPPED', FALSE, '已发货'),
('DOUYIN', 'ORDER', '4', 'CANCELLED', FALSE, '已取消'),
('DOUYIN', 'ORDER', '5', 'COMPLETED', FALSE, '已完成'),
('DOUYIN', 'REFUND', '0', 'NONE', FALSE, NULL),
('DOUYIN', 'REFUND', '1', 'REQUESTED', FALSE, '待退款'),
('DOUYIN', 'REFUND', '2', 'REQUESTED', FALSE, '退款中'),
('DOUYIN', 'REFUND', '3', 'REFUNDED', FALSE, '退款成功'),
('DOUYIN', 'REFUND', '4', 'NONE', FALSE, '退款失败'),
('PDD', 'ORDER', '1', 'PAID', FALSE, '待发货'),
('PDD', 'ORDER', '2', 'SHIPPED', FALSE, '已发货待签收'),
('PDD', 'ORDER', '3', 'DELIVERED', FALSE, '已签收'),
('PDD', 'REFUND', '1', 'NONE', FALSE, '无售后'),
('PDD', 'REFUND', '2', 'REQUESTED', FALSE, '售后处理中'),
('PDD', 'REFUND', '3', 'NONE', FALSE, '售后关闭'),
('PDD', 'REFUND', '4', 'REFUNDED', FALSE, '退款成功'),
('*', 'ORDER', '已揽收', 'SHIPPED', FALSE, 'logistics: picked up'),
('*', 'ORDER', '已打包', 'SHIPPED', FALSE, 'logistics: packed'),
('*', 'ORDER', '运输中', 'SHIPPED', FALSE, 'logistics: in transit'),
('*', 'ORDER', '待发货', 'PAID', FALSE, 'awaiting shipment'),
('*', 'ORDER', '等待出库', 'PAID', FALSE, 'awaiting stock-out');
