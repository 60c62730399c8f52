-- One row per peak stress test (orderStressTest): what was asked, what the sync sustained, where it broke.
CREATE TABLE stress_test_run (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    started_at             DATETIME      NOT NULL,
    finished_at            DATETIME      NOT NULL,
    sandbox_url            VARCHAR(255)  NOT NULL,
    plan                   VARCHAR(1024) NOT NULL,
    shops                  INT           NOT NULL,
    orders_created         INT           NOT NULL,
    orders_synced          INT           NOT NULL,
    sustained_orders_per_s DECIMAL(12,2) NOT NULL,
    lag_p50_seconds        INT,
    lag_p95_seconds        INT,
    sync_runs              INT           NOT NULL,
    failed_sync_runs       INT           NOT NULL,
    breaking_point         VARCHAR(255),
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;
