-- cache.sqlite schema v1: everything here can be fetched again from the platform.
-- Money columns are integer fen; times are integer milliseconds since the epoch (UTC).

CREATE TABLE locations (
    location_id  INTEGER PRIMARY KEY,            -- platform store id; the warehouse too
    kind         TEXT NOT NULL CHECK (kind IN ('warehouse', 'store')),
    name         TEXT NOT NULL,
    province     TEXT NOT NULL DEFAULT '',
    city         TEXT NOT NULL DEFAULT '',
    modified_ms  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE items (
    num_iid      INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    cid          INTEGER NOT NULL DEFAULT 0,
    category     TEXT NOT NULL DEFAULT '',
    price_fen    INTEGER NOT NULL,
    outer_id     TEXT NOT NULL DEFAULT '',
    on_sale      INTEGER NOT NULL DEFAULT 1,       -- 0: taken off sale (never deleted)
    modified_ms  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX items_category ON items (category);

CREATE TABLE skus (
    sku_id       INTEGER PRIMARY KEY,
    num_iid      INTEGER NOT NULL REFERENCES items (num_iid),
    properties   TEXT NOT NULL DEFAULT '',
    price_fen    INTEGER NOT NULL,
    outer_id     TEXT NOT NULL DEFAULT '',
    modified_ms  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX skus_item ON skus (num_iid);

CREATE TABLE stock_levels (
    sku_id       INTEGER NOT NULL,
    location_id  INTEGER NOT NULL,
    quantity     INTEGER NOT NULL,
    modified_ms  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (sku_id, location_id)
) WITHOUT ROWID;
CREATE INDEX stock_levels_location ON stock_levels (location_id, quantity);

CREATE TABLE orders (
    tid            INTEGER PRIMARY KEY,
    status         TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('online', 'store')),
    location_id    INTEGER NOT NULL DEFAULT 0,
    buyer_nick     TEXT NOT NULL DEFAULT '',
    payment_fen    INTEGER NOT NULL,
    total_fee_fen  INTEGER NOT NULL,
    post_fee_fen   INTEGER NOT NULL DEFAULT 0,
    created_ms     INTEGER NOT NULL,
    modified_ms    INTEGER NOT NULL,
    pay_time_ms    INTEGER NOT NULL DEFAULT 0,
    province       TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX orders_created ON orders (created_ms);
CREATE INDEX orders_status_created ON orders (status, created_ms);
CREATE INDEX orders_location_created ON orders (location_id, created_ms);

CREATE TABLE order_lines (
    oid            INTEGER PRIMARY KEY,
    tid            INTEGER NOT NULL REFERENCES orders (tid),
    num_iid        INTEGER NOT NULL,
    sku_id         INTEGER NOT NULL DEFAULT 0,
    title          TEXT NOT NULL DEFAULT '',
    category       TEXT NOT NULL DEFAULT '',         -- item category when ingested (rollup key)
    num            INTEGER NOT NULL,
    price_fen      INTEGER NOT NULL,
    payment_fen    INTEGER NOT NULL,
    refund_status  TEXT NOT NULL DEFAULT 'NO_REFUND'
);
CREATE INDEX order_lines_tid ON order_lines (tid);

-- Voucher redemptions as the platform records them (for reconciliation and the digest).
CREATE TABLE redemptions (
    serial_num   TEXT PRIMARY KEY,
    verify_code  TEXT NOT NULL,
    store_id     INTEGER NOT NULL,
    consume_num  INTEGER NOT NULL,
    redeemed_ms  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX redemptions_store_time ON redemptions (store_id, redeemed_ms);

-- Where each sync stream stopped; written in the same transaction as the rows it covers.
CREATE TABLE sync_cursors (
    name         TEXT PRIMARY KEY,                 -- e.g. 'orders.window', 'items.window'
    value        TEXT NOT NULL,
    updated_ms   INTEGER NOT NULL
) WITHOUT ROWID;

-- Per-minute sales rollups, kept current as orders arrive and change status.
-- One row per (minute, channel, location, category, province). category '*' holds the
-- whole-order totals (use it for totals); other categories hold each category's share.
-- An order counts from the minute it was paid; GMV = paid, not closed; refunds = lines
-- refunded successfully (see app/sync/rollupdelta.h).
CREATE TABLE rollup_minute (
    minute_ms    INTEGER NOT NULL,                 -- start of the minute, UTC ms
    channel      TEXT NOT NULL,
    location_id  INTEGER NOT NULL,
    category     TEXT NOT NULL,
    province     TEXT NOT NULL,
    orders       INTEGER NOT NULL DEFAULT 0,       -- paid orders (an order counts in each of its categories)
    units        INTEGER NOT NULL DEFAULT 0,
    gmv_fen      INTEGER NOT NULL DEFAULT 0,       -- paid line payments
    refund_fen   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (minute_ms, channel, location_id, category, province)
) WITHOUT ROWID;

-- Hourly sales per SKU and location: top SKUs and stock-out risk without scanning orders.
-- Same counting rules as rollup_minute (paid, not closed; by the hour paid).
CREATE TABLE rollup_sku_hour (
    hour_ms      INTEGER NOT NULL,
    sku_id       INTEGER NOT NULL,
    location_id  INTEGER NOT NULL,
    units        INTEGER NOT NULL DEFAULT 0,
    gmv_fen      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hour_ms, sku_id, location_id)
) WITHOUT ROWID;
