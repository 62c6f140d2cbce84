-- sandbox.sqlite schema v3: vouchers refunded online are revoked (mc.voucher.revocations.get;
-- a redemption accepted at or after the revocation is refused), and the 11.11 scenario's
-- pending voucher steps (redemptions at stores, refunds), so a restart continues them.
CREATE TABLE voucher_revocations (
    voucher_id  TEXT PRIMARY KEY,
    revoked_ms  INTEGER NOT NULL,
    reason      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX voucher_revocations_revoked ON voucher_revocations (revoked_ms, voucher_id);

CREATE TABLE voucher_events (
    due_ms      INTEGER NOT NULL,
    voucher_id  TEXT NOT NULL,
    kind        INTEGER NOT NULL,   -- 1: redeemed at a store's till, 2: refunded online (revoked)
    PRIMARY KEY (due_ms, voucher_id, kind)
) WITHOUT ROWID;
