-- Every callback / payment notification, valid or not, is stored here before it is answered.
-- state: HELD (verification failed: evidence and backlog, replayable), VERIFIED (waiting for inboxDrain),
--        APPLIED, DEAD (gave up after the attempts, reason says why), DUPLICATE (a verified copy exists).
-- Verified copies are de-duplicated by dedupe_key (source + sender's message id); held ones never claim it, so a
-- forged message cannot shadow the genuine one that arrives later.
CREATE TABLE inbox_message (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    source            VARCHAR(24)   NOT NULL,   -- TAOBAO_PUSH, ALIPAY, WECHATPAY, GATEWAY
    channel           VARCHAR(16),              -- order channel when known (TAOBAO, …)
    shop_id           VARCHAR(64),
    gateway           VARCHAR(64),              -- configured payment gateway name (payments only)
    message_id        VARCHAR(128),             -- sender's id (message id / notify_id / event id), if any
    dedupe_key        VARCHAR(200),
    received_at       DATETIME(3)   NOT NULL,
    headers           TEXT,                     -- JSON of the headers needed to verify again
    body              MEDIUMTEXT    NOT NULL,
    state             VARCHAR(12)   NOT NULL,
    reason            VARCHAR(40),              -- SIGNATURE_MISMATCH, STALE_TIMESTAMP, REPLAYED, …
    reason_detail     VARCHAR(512),
    sign_method       VARCHAR(24),              -- algorithm the message claimed / was verified with
    legacy_accepted   BOOLEAN       NOT NULL DEFAULT FALSE,
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   DATETIME(3),
    processed_at      DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_inbox_dedupe UNIQUE (dedupe_key)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_inbox_state ON inbox_message (state, next_attempt_at);
CREATE INDEX ix_inbox_received ON inbox_message (received_at);
CREATE INDEX ix_inbox_shop ON inbox_message (channel, shop_id, received_at);

-- Operator actions on orders (manual compensation, 人工补单): who, when, evidence, before/after.
CREATE TABLE order_audit (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    channel           VARCHAR(16)   NOT NULL,
    shop_id           VARCHAR(64)   NOT NULL,
    platform_order_id VARCHAR(64)   NOT NULL,
    action            VARCHAR(32)   NOT NULL,
    operator          VARCHAR(64)   NOT NULL,
    at                DATETIME(3)   NOT NULL,
    outcome           VARCHAR(16)   NOT NULL,   -- APPLIED / REFUSED
    reason            VARCHAR(512),
    evidence          TEXT,
    status_before     VARCHAR(24),
    status_after      VARCHAR(24),
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_order_audit_order ON order_audit (channel, shop_id, platform_order_id);

-- How a shop's pushes are signed (the channel's push service): configuration, editable without a restart.
-- callback_legacy_sign_method is also accepted until callback_legacy_until (a migration window); every such
-- acceptance is marked legacy_accepted in the inbox and alerted on.
ALTER TABLE channel_shop ADD COLUMN callback_sign_method VARCHAR(16) NOT NULL DEFAULT 'md5';
ALTER TABLE channel_shop ADD COLUMN callback_legacy_sign_method VARCHAR(16);
ALTER TABLE channel_shop ADD COLUMN callback_legacy_until DATETIME;
