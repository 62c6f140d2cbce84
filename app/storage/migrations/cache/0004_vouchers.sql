-- cache.sqlite schema v4: what the store counter needs to verify voucher codes offline.
-- Everything here can be fetched again from the platform.

-- The platform's voucher signing keys (mc.voucher.keys.get). Kept when the platform stops
-- listing one: codes signed with it may still be in shoppers' hands.
CREATE TABLE voucher_keys (
    key_id      TEXT PRIMARY KEY,
    algorithm   TEXT NOT NULL,
    public_key  BLOB NOT NULL,        -- raw 32-byte Ed25519 public key
    created_ms  INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1,
    fetched_ms  INTEGER NOT NULL
) WITHOUT ROWID;

-- Vouchers refunded online (mc.voucher.revocations.get): refused at the counter from revoked_ms.
CREATE TABLE voucher_revocations (
    voucher_id  TEXT PRIMARY KEY,
    revoked_ms  INTEGER NOT NULL,
    fetched_ms  INTEGER NOT NULL
) WITHOUT ROWID;

-- The platform's redemptions for this store (mc.redemptions.get), to count uses left.
CREATE TABLE platform_redemptions (
    serial_num   TEXT PRIMARY KEY,
    voucher_id   TEXT NOT NULL,
    verify_code  TEXT NOT NULL,
    store_id     INTEGER NOT NULL,
    consume_num  INTEGER NOT NULL,
    operator_id  TEXT NOT NULL DEFAULT '',
    redeemed_ms  INTEGER NOT NULL,
    recorded_ms  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX platform_redemptions_voucher ON platform_redemptions (voucher_id);
