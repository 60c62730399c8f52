-- State of the job-monitor watchers (apiChangeWatch, syncLagWatch, failureSpikeWatch).

-- One row per configured feed: what the conditional GET sends back, and how healthy the feed is.
CREATE TABLE feed_state (
    feed_name             VARCHAR(64)   NOT NULL,
    etag                  VARCHAR(255),
    last_modified         VARCHAR(64),             -- the server's Last-Modified text, sent back verbatim
    first_polled_at       DATETIME(3)   NOT NULL,
    last_polled_at        DATETIME(3)   NOT NULL,
    last_success_at       DATETIME(3),
    last_new_item_at      DATETIME(3),
    consecutive_failures  INT           NOT NULL DEFAULT 0,
    failing_since         DATETIME(3),
    last_error            VARCHAR(512),
    -- HTML feeds: the selected text of the last successful poll, line per block; the next poll is diffed against it.
    page_text             MEDIUMTEXT,
    PRIMARY KEY (feed_name)
) DEFAULT CHARSET = utf8mb4;

-- Items already seen per feed, keyed by SHA-256 of guid, else link, else content: an item alerts once.
CREATE TABLE feed_seen_item (
    feed_name      VARCHAR(64)   NOT NULL,
    item_key       CHAR(64)      NOT NULL,
    first_seen_at  DATETIME(3)   NOT NULL,
    matched        BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (feed_name, item_key)
) DEFAULT CHARSET = utf8mb4;

-- Alerts a watcher has posted as firing and not yet resolved, so it can post the resolution when the condition
-- clears. scope is what one evaluation covers (a feed, a channel): a run narrowed to some scopes resolves only there.
-- resolve_after: notices (ApiChangeNotice) have no clearing condition; they are resolved once this time has passed.
CREATE TABLE watch_alert (
    fingerprint     CHAR(64)      NOT NULL,
    watcher         VARCHAR(32)   NOT NULL,
    scope           VARCHAR(128)  NOT NULL,
    alert_name      VARCHAR(64)   NOT NULL,
    alert_json      MEDIUMTEXT    NOT NULL,   -- the last posted firing alert, for the resolved copy
    starts_at       DATETIME(3)   NOT NULL,
    last_posted_at  DATETIME(3)   NOT NULL,
    resolve_after   DATETIME(3),
    PRIMARY KEY (fingerprint)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_watch_alert_watcher ON watch_alert (watcher, scope);
