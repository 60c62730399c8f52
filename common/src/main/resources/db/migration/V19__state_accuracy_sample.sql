-- State accuracy (issue #16): stateAccuracySample draws a stratified random sample of each shop's recent orders,
-- fetches them again through the platform's order-detail API, maps them with the sync's own mapper and compares the
-- unified status and the paid amount with what we hold. One row per sampled order; a fetch that failed carries its
-- error and NULL matches: it is neither a match nor a mismatch. Accuracy = orders with both status and amount
-- matching ÷ orders compared (fetch_error IS NULL); its 95 % interval is the Wilson score interval.
-- Every time is set by the suite (GMT+8 wall clock); no column defaults to the database's clock.
CREATE TABLE state_accuracy_sample (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    run_id                  VARCHAR(64)   NOT NULL,
    sampled_at              DATETIME(3)   NOT NULL,   -- when the platform was asked
    channel                 VARCHAR(16)   NOT NULL,
    shop_id                 VARCHAR(64)   NOT NULL,
    order_no                VARCHAR(80)   NOT NULL,
    our_status              VARCHAR(24)   NOT NULL,   -- also the stratum the order was drawn from
    platform_status         VARCHAR(24),              -- the platform's reply mapped to the unified status
    our_paid_amount         DECIMAL(14,2) NOT NULL,
    platform_paid_amount    DECIMAL(14,2),
    our_modified_at         DATETIME,                 -- platform modified time of the version we hold
    platform_modified_at    DATETIME,                 -- platform modified time of the version fetched
    status_match            BOOLEAN,                  -- NULL when the fetch failed
    amount_match            BOOLEAN,                  -- NULL when the fetch failed
    fetch_error             VARCHAR(64),              -- NOT_FOUND | PLATFORM_<kind>:<code> | MAPPING_<reason> | LEASE_LOST
    error_detail            VARCHAR(255),
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_state_accuracy_sample_run ON state_accuracy_sample (run_id);
CREATE INDEX ix_state_accuracy_sample_time ON state_accuracy_sample (sampled_at, channel, shop_id);

-- One row per run and shop: what was drawn and what it measured. n = orders compared; matches = status and amount
-- both equal. accuracy_low/high (Wilson 95 %) are NULL when n = 0: outcome NOT_MEASURED, never a made-up figure.
-- outcome: MEASURED | NOT_MEASURED (no recent order, or every fetch failed) | SKIPPED_LEASED (a sync held the shop)
--          | FAILED (the shop could not be sampled: missing secret, lease lost; detail says why)
CREATE TABLE state_accuracy_run (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    run_id                  VARCHAR(64)   NOT NULL,
    seed                    VARCHAR(64)   NOT NULL,   -- orders the random draw within strata; same seed, same draw
    channel                 VARCHAR(16)   NOT NULL,
    shop_id                 VARCHAR(64)   NOT NULL,
    started_at              DATETIME(3)   NOT NULL,
    finished_at             DATETIME(3)   NOT NULL,
    created_from            DATETIME      NOT NULL,   -- orders created at or after this time were eligible
    population              INT           NOT NULL,   -- eligible orders
    sampled                 INT           NOT NULL,
    compared                INT           NOT NULL,   -- n
    matches                 INT           NOT NULL,
    status_mismatches       INT           NOT NULL,
    amount_mismatches       INT           NOT NULL,
    fetch_errors            INT           NOT NULL,
    accuracy_low            DECIMAL(7,6),
    accuracy_high           DECIMAL(7,6),
    outcome                 VARCHAR(16)   NOT NULL,
    detail                  VARCHAR(512),
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_state_accuracy_run_run ON state_accuracy_run (run_id);
CREATE INDEX ix_state_accuracy_run_shop ON state_accuracy_run (channel, shop_id, started_at);
