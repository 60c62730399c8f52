-- Health indicators (issue #16): what healthIndicators computes per day, stored so that a report for any range reads
-- them back instead of recomputing. A run for a day deletes that day's rows in all three tables and inserts them
-- again in one transaction (re-running a day replaces it). Days are GMT+8 calendar days, like every stored time.
-- Every time is set by the suite (GMT+8 wall clock); no column defaults to the database's clock.

-- One row per report_day × channel × shop (every enabled shop gets a row, so a day without data reads as 0 orders
-- and "not measured", never as a missing day). Each figure's day is documented in docs/reports.md: orders,
-- exceptions and refunds by creation day, on-time by ship-by day, paid → shipped by first-shipment day, accuracy by
-- sampling day, sync lag at the end of the day.
CREATE TABLE report_daily_indicator (
    report_day              DATE          NOT NULL,
    channel                 VARCHAR(16)   NOT NULL,
    shop_id                 VARCHAR(64)   NOT NULL,
    orders                  BIGINT        NOT NULL,   -- created that day
    shipped_on_time         BIGINT        NOT NULL,   -- first shipment at or before the ship-by time
    shipped_late            BIGINT        NOT NULL,
    unshipped_late          BIGINT        NOT NULL,   -- not shipped and the ship-by time has passed (as of computed_at)
    excluded_cancelled      BIGINT        NOT NULL,   -- cancelled before any shipment: not in the rate
    excluded_refunded       BIGINT        NOT NULL,   -- fully refunded before any shipment: not in the rate
    default_promise_used    BIGINT        NOT NULL,   -- due orders whose ship-by came from oms.report.default-promise
    accuracy_n              INT,                      -- orders compared; NULL = not measured (no sample that day)
    accuracy_matches        INT,
    accuracy_low            DECIMAL(7,6),             -- 95 % Wilson interval; NULL when not measured
    accuracy_high           DECIMAL(7,6),
    exception_orders        BIGINT        NOT NULL,   -- numerator of the exception ratio; denominator = orders
    refunded_orders         BIGINT        NOT NULL,   -- refund_state REFUNDED or PARTIAL among orders
    paid_to_shipped_count   BIGINT        NOT NULL,   -- orders first shipped that day; 0 = no figures below
    paid_to_shipped_mean_s  DOUBLE,
    paid_to_shipped_p50_s   BIGINT,
    paid_to_shipped_p95_s   BIGINT,
    sync_lag_seconds        BIGINT,                   -- day end − the newest sync cursor reached by then; NULL = unknown
    computed_at             DATETIME(3)   NOT NULL,
    PRIMARY KEY (report_day, channel, shop_id)
) DEFAULT CHARSET = utf8mb4;

-- Time between two consecutive stages (CREATED → PAID → SHIPPED → DELIVERED → COMPLETED) of the orders of a channel
-- that reached to_stage that day. histogram is an HdrHistogram of the seconds (compressed encoding), mergeable, so
-- a report over a range gives true percentiles instead of an average of daily ones.
CREATE TABLE report_stage_duration (
    report_day              DATE          NOT NULL,
    channel                 VARCHAR(16)   NOT NULL,
    from_stage              VARCHAR(12)   NOT NULL,
    to_stage                VARCHAR(12)   NOT NULL,
    orders                  BIGINT        NOT NULL,
    sum_seconds             BIGINT        NOT NULL,
    p50_s                   BIGINT        NOT NULL,
    p95_s                   BIGINT        NOT NULL,
    histogram               LONGBLOB      NOT NULL,
    computed_at             DATETIME(3)   NOT NULL,
    PRIMARY KEY (report_day, channel, from_stage, to_stage)
) DEFAULT CHARSET = utf8mb4;

-- The fulfilment dashboard: order lines paid that day, per channel × SKU (sku, else the platform SKU, else
-- '(no sku)'); late = shipped after the ship-by time or not shipped and past it (as of computed_at).
CREATE TABLE report_fulfilment_cell (
    report_day              DATE          NOT NULL,
    channel                 VARCHAR(16)   NOT NULL,
    sku                     VARCHAR(128)  NOT NULL,
    title                   VARCHAR(255),
    line_count              BIGINT        NOT NULL,
    shipped                 BIGINT        NOT NULL,
    late                    BIGINT        NOT NULL,
    paid_to_shipped_count   BIGINT        NOT NULL,
    paid_to_shipped_mean_s  DOUBLE,
    paid_to_shipped_p50_s   BIGINT,
    paid_to_shipped_p95_s   BIGINT,
    computed_at             DATETIME(3)   NOT NULL,
    PRIMARY KEY (report_day, channel, sku)
) DEFAULT CHARSET = utf8mb4;
