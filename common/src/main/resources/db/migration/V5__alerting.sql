-- Alerting state (Alertmanager-style), kept outside the senders so any monitor executor can dispatch.
-- Times are wall-clock GMT+8 like every other table, millisecond precision.

-- One row per alert identity (fingerprint = SHA-256 of name + labels). A firing post after a resolved one
-- starts a new episode (episode + 1, new starts_at, ends_at cleared).
CREATE TABLE alert_state (
    fingerprint      CHAR(64)      NOT NULL,
    name             VARCHAR(128)  NOT NULL,
    severity         VARCHAR(12)   NOT NULL,
    labels           TEXT          NOT NULL,   -- JSON object
    summary          VARCHAR(1024) NOT NULL,
    details          TEXT,
    links            TEXT,                     -- JSON array of {title, url}
    starts_at        DATETIME(3)   NOT NULL,
    ends_at          DATETIME(3),              -- null while firing
    episode          INT           NOT NULL DEFAULT 1,
    last_posted_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (fingerprint)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_alert_state_ends ON alert_state (ends_at);

-- One row per notification group (receiver + route + group_by values) while it has alerts: what the last
-- message said (entries "fingerprint#episode") and when, and the retry state of a failing send.
CREATE TABLE alert_group (
    group_id            CHAR(64)       NOT NULL,   -- SHA-256 of receiver + group_key
    receiver            VARCHAR(64)    NOT NULL,
    group_key           VARCHAR(1024)  NOT NULL,
    created_at          DATETIME(3)    NOT NULL,   -- group_wait counts from here
    last_sent_at        DATETIME(3),
    last_sent_firing    MEDIUMTEXT,                -- JSON array of entries notified as firing
    last_sent_resolved  MEDIUMTEXT,                -- JSON array of entries notified as resolved
    last_sent_via       VARCHAR(64),               -- the receiver that carried it (a fallback, when diverted)
    attempts            INT            NOT NULL DEFAULT 0,   -- consecutive failed sends
    next_attempt_at     DATETIME(3),
    last_error          VARCHAR(512),
    PRIMARY KEY (group_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_alert_group_receiver ON alert_group (receiver);

-- One row per receiver: the dispatch lease (one executor sends a receiver's groups at a time) and its health.
CREATE TABLE alert_receiver (
    name                  VARCHAR(64)   NOT NULL,
    lease_holder          VARCHAR(128),
    lease_until           DATETIME(3),
    consecutive_failures  INT           NOT NULL DEFAULT 0,
    total_failures        BIGINT        NOT NULL DEFAULT 0,
    last_failure_at       DATETIME(3),
    last_error            VARCHAR(512),
    last_success_at       DATETIME(3),
    PRIMARY KEY (name)
) DEFAULT CHARSET = utf8mb4;

-- Every send attempt: the rate-limit window counts these (the platforms count requests, failed or not), and
-- failures stay visible with the platform's message.
CREATE TABLE alert_notification_log (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    receiver      VARCHAR(64)   NOT NULL,
    attempted_at  DATETIME(3)   NOT NULL,
    group_id      CHAR(64),                 -- the first group of the message
    group_count   INT           NOT NULL,   -- > 1 when groups were merged under a rate limit
    alert_count   INT           NOT NULL,
    outcome       VARCHAR(8)    NOT NULL,   -- SENT / FAILED
    error         VARCHAR(512),
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_alert_log_receiver ON alert_notification_log (receiver, attempted_at);

-- Silences: alerts matching every matcher are not sent between starts_at and ends_at. Expiring sets ends_at.
CREATE TABLE alert_silence (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    matchers    TEXT          NOT NULL,   -- JSON array of "label=value" / "label=~regex" …
    starts_at   DATETIME(3)   NOT NULL,
    ends_at     DATETIME(3)   NOT NULL,
    author      VARCHAR(64)   NOT NULL,
    comment     VARCHAR(512)  NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_alert_silence_ends ON alert_silence (ends_at);
