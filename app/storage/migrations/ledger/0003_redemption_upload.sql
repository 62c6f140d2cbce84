-- ledger.sqlite schema v3: the upload state of each redemption at the counter. These
-- columns change as the platform answers; the hash chain covers only the immutable fields
-- (id, seq, code, voucher, store, operator, consume_num, face value, redeemed_ms).
ALTER TABLE redemptions ADD COLUMN upload_state TEXT NOT NULL DEFAULT 'pending'
    CHECK (upload_state IN ('pending', 'confirmed', 'refused', 'conflict'));
ALTER TABLE redemptions ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE redemptions ADD COLUMN next_try_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE redemptions ADD COLUMN platform_message TEXT NOT NULL DEFAULT '';
ALTER TABLE redemptions ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0;
CREATE INDEX redemptions_upload ON redemptions (upload_state, next_try_ms);
CREATE INDEX redemptions_voucher ON redemptions (voucher_id);
