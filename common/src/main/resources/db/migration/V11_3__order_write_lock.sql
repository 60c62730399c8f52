-- One row per shop whose orders OrderWriter writes. Every write takes its shops' rows first (INSERT … ON DUPLICATE
-- KEY UPDATE locks the row until commit), so a push and a pull of the same order are decided and written one after
-- the other: without it, both read the stored version, and the older one replaced the newer one's lines and
-- marketing under a header its version guard had kept.
CREATE TABLE order_write_lock (
    channel  VARCHAR(16)  NOT NULL,
    shop_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (channel, shop_id)
) DEFAULT CHARSET = utf8mb4;
