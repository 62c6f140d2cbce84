-- ledger.sqlite schema v4: day close (app/reconcile). Resolutions of discrepancies, sign-offs
-- and reopenings of a store's day, in their own keyed hash chain (same scheme as the
-- redemptions: HMAC-SHA256 with ledger.key). Rows are only ever appended: the state of a day
-- and of a discrepancy is its latest entry.
CREATE TABLE day_close_log (
    id          TEXT PRIMARY KEY,                 -- UUIDv7
    seq         INTEGER NOT NULL UNIQUE,          -- position in the chain
    at_ms       INTEGER NOT NULL,
    store_id    INTEGER NOT NULL,
    day         TEXT NOT NULL,                    -- yyyy-MM-dd, Beijing time
    action      TEXT NOT NULL CHECK (action IN ('resolve', 'sign-off', 'reopen')),
    subject     TEXT NOT NULL DEFAULT '',         -- resolve: the discrepancy's key
    resolution  TEXT NOT NULL DEFAULT '',         -- resolve: accept, write-off, dispute
    note        TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL,                    -- the manager's name
    detail      TEXT NOT NULL DEFAULT '',         -- sign-off: the day's figures as signed
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL,
    chain       TEXT NOT NULL DEFAULT 'hmac-sha256'
) WITHOUT ROWID;
CREATE INDEX day_close_log_day ON day_close_log (store_id, day, seq);
