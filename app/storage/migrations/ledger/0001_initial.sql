-- ledger.sqlite schema v1: records that exist only on this machine until the platform
-- acknowledges them. Rows are marked done, never deleted before the acknowledgement.

-- Commands waiting to be pushed, with the idempotency key the platform dedupes on.
CREATE TABLE outbox (
    id            TEXT PRIMARY KEY,                -- UUIDv7, also the idempotency key
    kind          TEXT NOT NULL,                   -- 'stock.adjust', 'voucher.redeem', 'campaign.publish'
    payload       TEXT NOT NULL,                   -- JSON arguments of the call
    state         TEXT NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'acked', 'rejected', 'conflict')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT '',
    created_ms    INTEGER NOT NULL,
    next_try_ms   INTEGER NOT NULL DEFAULT 0,
    done_ms       INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX outbox_pending ON outbox (state, next_try_ms);

-- Voucher redemptions at the counter, hash-chained so tampering is detectable.
CREATE TABLE redemptions (
    id             TEXT PRIMARY KEY,               -- UUIDv7; sent as serial_num
    seq            INTEGER NOT NULL UNIQUE,        -- position in the chain
    voucher_code   TEXT NOT NULL,
    voucher_id     TEXT NOT NULL DEFAULT '',
    store_id       INTEGER NOT NULL,
    operator_id    TEXT NOT NULL,
    consume_num    INTEGER NOT NULL DEFAULT 1,
    face_value_fen INTEGER NOT NULL DEFAULT 0,
    redeemed_ms    INTEGER NOT NULL,
    state          TEXT NOT NULL DEFAULT 'recorded'
                   CHECK (state IN ('recorded', 'confirmed', 'rejected')),
    prev_hash      BLOB NOT NULL,
    hash           BLOB NOT NULL
) WITHOUT ROWID;
CREATE INDEX redemptions_store_day ON redemptions (store_id, redeemed_ms);

-- Who did what, also hash-chained.
CREATE TABLE audit_log (
    id           TEXT PRIMARY KEY,                 -- UUIDv7
    seq          INTEGER NOT NULL UNIQUE,
    at_ms        INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT '',
    prev_hash    BLOB NOT NULL,
    hash         BLOB NOT NULL
) WITHOUT ROWID;
