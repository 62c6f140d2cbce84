-- sandbox.sqlite schema v1: the platform's own state.
-- orders, order_lines, skus, stock_levels and redemptions keep the column names that
-- mc::protocol::digestQuery selects, so both sides compute the digest with the same SQL.
-- Money is integer fen. Times are UTC milliseconds, always whole seconds (the wire carries
-- seconds), so a value read back from the wire compares equal.

CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE locations (
    location_id  INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('warehouse', 'store')),
    name         TEXT NOT NULL,
    province     TEXT NOT NULL,
    city         TEXT NOT NULL,
    modified_ms  INTEGER NOT NULL
);

CREATE TABLE items (
    num_iid      INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    cid          INTEGER NOT NULL,
    category     TEXT NOT NULL,
    price_fen    INTEGER NOT NULL,
    outer_id     TEXT NOT NULL,
    on_sale      INTEGER NOT NULL DEFAULT 1,
    modified_ms  INTEGER NOT NULL
);

CREATE TABLE skus (
    sku_id       INTEGER PRIMARY KEY,
    num_iid      INTEGER NOT NULL REFERENCES items (num_iid),
    properties   TEXT NOT NULL,
    price_fen    INTEGER NOT NULL,
    outer_id     TEXT NOT NULL,
    modified_ms  INTEGER NOT NULL
);
CREATE INDEX skus_item ON skus (num_iid, sku_id);

CREATE TABLE stock_levels (
    location_id  INTEGER NOT NULL,
    sku_id       INTEGER NOT NULL,
    quantity     INTEGER NOT NULL CHECK (quantity >= 0),
    modified_ms  INTEGER NOT NULL,
    PRIMARY KEY (location_id, sku_id)
) WITHOUT ROWID;
CREATE INDEX stock_levels_sku ON stock_levels (sku_id, location_id);

CREATE TABLE orders (
    tid            INTEGER PRIMARY KEY,
    status         TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('online', 'store')),
    location_id    INTEGER NOT NULL,
    buyer_nick     TEXT NOT NULL,
    payment_fen    INTEGER NOT NULL,
    total_fee_fen  INTEGER NOT NULL,
    post_fee_fen   INTEGER NOT NULL,
    created_ms     INTEGER NOT NULL,
    modified_ms    INTEGER NOT NULL,
    pay_time_ms    INTEGER NOT NULL DEFAULT 0,
    province       TEXT NOT NULL,
    city           TEXT NOT NULL
);
-- increment.get: newest-modified first, ties by tid descending.
CREATE INDEX orders_modified ON orders (modified_ms, tid);

-- The lines of trade T have oids T*10+1 .. T*10+4: a page reads them by rowid range.
CREATE TABLE order_lines (
    oid            INTEGER PRIMARY KEY,
    tid            INTEGER NOT NULL,
    num_iid        INTEGER NOT NULL,
    sku_id         INTEGER NOT NULL,
    outer_sku_id   TEXT NOT NULL,
    title          TEXT NOT NULL,
    num            INTEGER NOT NULL,
    price_fen      INTEGER NOT NULL,
    payment_fen    INTEGER NOT NULL,
    refund_status  TEXT NOT NULL DEFAULT 'NO_REFUND'
);

-- What happens next to a live order (pay, close, ship, finish, refund a line), by due time.
CREATE TABLE order_events (
    due_ms  INTEGER NOT NULL,
    tid     INTEGER NOT NULL,
    kind    INTEGER NOT NULL,
    arg     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (due_ms, tid, kind)
) WITHOUT ROWID;

-- TMC: a message names its subject; content is rendered from current state on delivery.
CREATE TABLE tmc_messages (
    id           INTEGER PRIMARY KEY,
    topic        TEXT NOT NULL,
    pub_ms       INTEGER NOT NULL,
    subject_id   INTEGER NOT NULL,       -- tid, or sku_id for stock topics
    location_id  INTEGER NOT NULL DEFAULT 0,
    arg          INTEGER NOT NULL DEFAULT 0  -- oid for refunds
);
CREATE TABLE tmc_groups (
    group_name  TEXT PRIMARY KEY,
    next_id     INTEGER NOT NULL          -- first message never delivered to this group
) WITHOUT ROWID;
CREATE TABLE tmc_inflight (
    group_name    TEXT NOT NULL,
    message_id    INTEGER NOT NULL,
    redeliver_ms  INTEGER NOT NULL,
    deliveries    INTEGER NOT NULL,
    PRIMARY KEY (group_name, message_id)
) WITHOUT ROWID;
CREATE INDEX tmc_inflight_due ON tmc_inflight (group_name, redeliver_ms);

CREATE TABLE voucher_keys (
    key_id       TEXT PRIMARY KEY,
    private_pem  TEXT NOT NULL,
    public_key   BLOB NOT NULL,            -- raw 32-byte Ed25519 public key
    created_ms   INTEGER NOT NULL,
    active       INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE vouchers (
    voucher_id      TEXT PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    campaign_id     TEXT NOT NULL,
    face_value_fen  INTEGER NOT NULL,
    uses            INTEGER NOT NULL,
    used            INTEGER NOT NULL DEFAULT 0,
    valid_from_ms   INTEGER NOT NULL,
    valid_until_ms  INTEGER NOT NULL,
    store_ids       TEXT NOT NULL,         -- comma separated; empty: every store
    key_id          TEXT NOT NULL,
    created_ms      INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE redemptions (
    serial_num   TEXT PRIMARY KEY,
    verify_code  TEXT NOT NULL,
    voucher_id   TEXT NOT NULL,
    store_id     INTEGER NOT NULL,
    consume_num  INTEGER NOT NULL,
    operator_id  TEXT NOT NULL,
    redeemed_ms  INTEGER NOT NULL,
    recorded_ms  INTEGER NOT NULL,
    app_key      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX redemptions_store ON redemptions (store_id, redeemed_ms);

CREATE TABLE campaigns (
    campaign_id     TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    name            TEXT NOT NULL,
    reach           TEXT NOT NULL,
    discount        TEXT NOT NULL,
    basis_points    INTEGER NOT NULL,
    amount_off_fen  INTEGER NOT NULL,
    threshold_fen   INTEGER NOT NULL,
    starts_ms       INTEGER NOT NULL,
    ends_ms         INTEGER NOT NULL,
    sku_ids         TEXT NOT NULL,
    store_ids       TEXT NOT NULL,
    state           TEXT NOT NULL,
    modified_ms     INTEGER NOT NULL
) WITHOUT ROWID;

-- Write calls carrying an idempotency_key answer a retry with the first answer.
CREATE TABLE idempotency (
    app_key      TEXT NOT NULL,
    idem_key     TEXT NOT NULL,
    method       TEXT NOT NULL,
    response     BLOB NOT NULL,
    created_ms   INTEGER NOT NULL,
    PRIMARY KEY (app_key, idem_key)
) WITHOUT ROWID;
