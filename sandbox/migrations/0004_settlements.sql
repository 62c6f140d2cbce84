-- sandbox.sqlite schema v4: the settlement statement (mc.settlements.get). Each redemption is
-- settled at face value x consume_num minus a commission (basis points, rounded half up to the
-- fen) at 02:00 Beijing time of the day after it was redeemed, unless an exception was drawn
-- (seeded) or set (mc.admin.settlement.set): late (some days later), adjusted (another
-- amount), withheld (0 paid, with a reason) or missing (never listed).
CREATE TABLE settlements (
    serial_num      TEXT PRIMARY KEY,
    store_id        INTEGER NOT NULL,
    voucher_id      TEXT NOT NULL,
    redeemed_ms     INTEGER NOT NULL,
    gross_fen       INTEGER NOT NULL,
    commission_bp   INTEGER NOT NULL,
    commission_fen  INTEGER NOT NULL,
    amount_fen      INTEGER NOT NULL,   -- paid to the merchant
    outcome         TEXT NOT NULL CHECK (outcome IN ('settled', 'late', 'adjusted', 'withheld', 'missing')),
    settled_ms      INTEGER NOT NULL,   -- listed from this instant on
    note            TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX settlements_store ON settlements (store_id, redeemed_ms);

-- Redemptions recorded before v4 are settled normally at the default 60 basis points.
INSERT INTO settlements (serial_num, store_id, voucher_id, redeemed_ms, gross_fen, commission_bp, commission_fen,
                         amount_fen, outcome, settled_ms)
SELECT r.serial_num, r.store_id, r.voucher_id, r.redeemed_ms, v.face_value_fen * r.consume_num, 60,
       (v.face_value_fen * r.consume_num * 60 + 5000) / 10000,
       v.face_value_fen * r.consume_num - (v.face_value_fen * r.consume_num * 60 + 5000) / 10000, 'settled',
       ((r.redeemed_ms + 28800000) / 86400000 + 1) * 86400000 - 28800000 + 7200000
FROM redemptions r JOIN vouchers v ON v.voucher_id = r.voucher_id;
