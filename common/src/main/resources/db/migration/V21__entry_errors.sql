-- Manual entry errors (issue #17, docs/entries.md). MariaDB and H2 (MySQL mode). Every time is set by the suite
-- (GMT+8 wall clock); no column defaults to the database's clock. The day an entry belongs to is `entry_date`.

-- Entries that arrived as CSV/XLSX files in the intake folder (the JDBC source is read in place, never copied).
CREATE TABLE entry_record (
    entry_id          VARCHAR(64)    NOT NULL,
    source            VARCHAR(32)    NOT NULL,   -- receiving | outbound | return | manual_order | …
    document_no       VARCHAR(64),
    operator          VARCHAR(64),
    entered_at        DATETIME(3)    NOT NULL,
    entry_date        DATE           NOT NULL,
    sku_code          VARCHAR(64),
    quantity          DECIMAL(18, 4),
    unit              VARCHAR(16),
    batch_no          VARCHAR(64),
    production_date   DATE,
    expiry_date       DATE,
    warehouse         VARCHAR(64),
    order_no          VARCHAR(80),
    confirmed         BOOLEAN        NOT NULL,
    intake_file       VARCHAR(255)   NOT NULL,
    PRIMARY KEY (entry_id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_entry_record_date ON entry_record (entry_date, entry_id);

-- Each intake file once: keyed by the SHA-256 of its bytes, so a file dropped again under any name is not re-read.
CREATE TABLE entry_intake_file (
    content_sha256    CHAR(64)       NOT NULL,
    file_name         VARCHAR(255)   NOT NULL,
    kind              VARCHAR(16)    NOT NULL,   -- ENTRIES | SKU_MASTER
    charset_name      VARCHAR(16)    NOT NULL,
    rows_accepted     INT            NOT NULL,
    rows_rejected     INT            NOT NULL,
    processed_at      DATETIME(3)    NOT NULL,
    moved_to          VARCHAR(500)   NOT NULL,
    PRIMARY KEY (content_sha256)
) DEFAULT CHARSET = utf8mb4;

-- Bad rows of intake files, kept raw with the line, the field and the reason: never dropped silently.
CREATE TABLE entry_intake_rejected_row (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    content_sha256    CHAR(64)       NOT NULL,
    file_name         VARCHAR(255)   NOT NULL,
    line_no           INT            NOT NULL,
    field             VARCHAR(64)    NOT NULL,
    reason            VARCHAR(255)   NOT NULL,
    raw_row           TEXT           NOT NULL,
    recorded_at       DATETIME(3)    NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_entry_intake_rejected_file ON entry_intake_rejected_row (content_sha256, line_no);

-- SKU master rows from intake files (the JDBC source is read in place).
CREATE TABLE entry_sku (
    code              VARCHAR(64)    NOT NULL,
    barcode           VARCHAR(14),
    name              VARCHAR(255),
    category          VARCHAR(64),
    base_unit         VARCHAR(16)    NOT NULL,
    unit_factors      VARCHAR(500)   NOT NULL,   -- 件=1;箱=12
    typical_min       DECIMAL(18, 4),
    typical_max       DECIMAL(18, 4),
    batch_managed     BOOLEAN        NOT NULL,
    shelf_life_days   INT,
    intake_file       VARCHAR(255)   NOT NULL,
    PRIMARY KEY (code)
) DEFAULT CHARSET = utf8mb4;

-- The edit history of entries: from the source's audit table, from the nightly snapshot diff, or our manual paths.
CREATE TABLE entry_audit (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    change_key        CHAR(64)       NOT NULL,   -- SHA-256 of origin, entry, field, time, values: a re-read adds nothing
    entry_id          VARCHAR(64)    NOT NULL,
    source            VARCHAR(32),
    change_kind       VARCHAR(8)     NOT NULL,   -- INSERT | UPDATE | DELETE
    field             VARCHAR(64),               -- NULL for INSERT and DELETE
    old_value         VARCHAR(500),
    new_value         VARCHAR(500),
    changed_by        VARCHAR(64),
    changed_at        DATETIME(3)    NOT NULL,
    origin            VARCHAR(16)    NOT NULL,   -- SOURCE_AUDIT | SNAPSHOT_DIFF | MANUAL_PATH
    PRIMARY KEY (id),
    CONSTRAINT uk_entry_audit_change UNIQUE (change_key)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_entry_audit_changed ON entry_audit (changed_at);
CREATE INDEX ix_entry_audit_entry ON entry_audit (entry_id);

-- The last snapshot each entry was seen in: a hash decides "changed"; the values give the per-field diff.
CREATE TABLE entry_snapshot (
    source_name       VARCHAR(64)    NOT NULL,
    entry_id          VARCHAR(64)    NOT NULL,
    entry_date        DATE           NOT NULL,
    row_hash          CHAR(64)       NOT NULL,
    field_values      TEXT           NOT NULL,
    taken_at          DATETIME(3)    NOT NULL,
    PRIMARY KEY (source_name, entry_id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_entry_snapshot_date ON entry_snapshot (source_name, entry_date);

-- What the nightly check found, per entry day.
CREATE TABLE entry_finding (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    entry_date        DATE           NOT NULL,
    entry_id          VARCHAR(64)    NOT NULL,
    source_name       VARCHAR(64)    NOT NULL,
    entry_source      VARCHAR(32),
    operator          VARCHAR(64),
    sku_code          VARCHAR(64),
    finding_type      VARCHAR(32)    NOT NULL,
    field             VARCHAR(64),
    entered_value     VARCHAR(255),
    suggestions       VARCHAR(500),
    severity          VARCHAR(8)     NOT NULL,
    message           VARCHAR(500),
    found_at          DATETIME(3)    NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_entry_finding_date ON entry_finding (entry_date, finding_type);

-- Entries per operator and day, the denominator of the training view.
CREATE TABLE entry_operator_count (
    entry_date        DATE           NOT NULL,
    source_name       VARCHAR(64)    NOT NULL,
    operator          VARCHAR(64)    NOT NULL,
    entry_count       INT            NOT NULL,
    PRIMARY KEY (entry_date, source_name, operator)
) DEFAULT CHARSET = utf8mb4;

-- One executor per day at a time: the claim row is inserted, or taken over by one conditional statement (a rerun of a
-- finished day, or a claim whose holder died), so two executors never check the same day.
CREATE TABLE entry_report_claim (
    entry_date        DATE           NOT NULL,
    holder            VARCHAR(128)   NOT NULL,
    claimed_at        DATETIME(3)    NOT NULL,
    finished_at       DATETIME(3),
    entries_checked   INT,
    findings          INT,
    PRIMARY KEY (entry_date)
) DEFAULT CHARSET = utf8mb4;
