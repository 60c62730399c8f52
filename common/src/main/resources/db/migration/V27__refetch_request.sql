-- Re-fetch requests (issue #18): the hand-over from job-monitor's consistency repairs (which have no channel
-- adapters) to job-sync's orderRefetch handler (which has). Named refetch_request, not order_*: a queue, not an
-- order table (those are written only through OrderWriter). A repair asks for an order to be read again from its
-- platform; the handler fetches the order detail through the adapter, writes it through OrderWriter (the version
-- guard decides) and records the outcome with the channel's status and refund state as read.
-- One OPEN request per order: open_key holds the order_no while the request is OPEN and NULL once it is DONE or
-- FAILED, so the unique key allows any number of closed ones. Every time is set by the suite (GMT+8 wall clock).
CREATE TABLE refetch_request (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    open_key              VARCHAR(80),
    order_no              VARCHAR(80)   NOT NULL,
    channel               VARCHAR(16)   NOT NULL,
    platform_order_id     VARCHAR(64)   NOT NULL,
    shop_id               VARCHAR(64),              -- ours; NULL for an order we lack (every enabled shop of the channel is asked)
    requested_by          VARCHAR(64)   NOT NULL,   -- e.g. repair:STATUS_DRIFT
    reason                VARCHAR(255)  NOT NULL,
    finding_id            BIGINT,                   -- the consistency finding that asked, if any
    state                 VARCHAR(16)   NOT NULL,   -- OPEN | DONE | FAILED
    attempts              INT           NOT NULL,
    requested_at          DATETIME(3)   NOT NULL,
    done_at               DATETIME(3),
    outcome               VARCHAR(16),              -- WRITTEN | UNCHANGED | NOT_FOUND | FAILED
    outcome_detail        VARCHAR(255),
    channel_status        VARCHAR(32),              -- the unified status the platform reported
    channel_refund_state  VARCHAR(16),              -- the unified refund state the platform reported
    judged_at             DATETIME(3),              -- when the requesting repair acted on the outcome
    PRIMARY KEY (id),
    CONSTRAINT uk_refetch_request_open UNIQUE (open_key)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_refetch_request_state ON refetch_request (state, id);
CREATE INDEX ix_refetch_request_finding ON refetch_request (finding_id);
