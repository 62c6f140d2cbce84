-- cache.sqlite schema v5: what day close needs from the platform (app/reconcile). The face
-- value the platform recorded with each redemption (mc.redemptions.get face_value; 0 for
-- rows fetched before v5, until fetched again) and the settlement statement (mc.settlements.get).
ALTER TABLE platform_redemptions ADD COLUMN face_value_fen INTEGER NOT NULL DEFAULT 0;
CREATE INDEX platform_redemptions_store_day ON platform_redemptions (store_id, redeemed_ms);

CREATE TABLE platform_settlements (
    serial_num      TEXT PRIMARY KEY,
    voucher_id      TEXT NOT NULL,
    store_id        INTEGER NOT NULL,
    redeemed_ms     INTEGER NOT NULL,
    settled_ms      INTEGER NOT NULL,
    gross_fen       INTEGER NOT NULL,
    commission_bp   INTEGER NOT NULL,
    commission_fen  INTEGER NOT NULL,
    amount_fen      INTEGER NOT NULL,
    status          TEXT NOT NULL,     -- settled, late, adjusted, withheld (as the platform says)
    note            TEXT NOT NULL DEFAULT '',
    fetched_ms      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX platform_settlements_store_day ON platform_settlements (store_id, redeemed_ms);
