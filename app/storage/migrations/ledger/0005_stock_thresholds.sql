-- ledger.sqlite schema v5: low-stock thresholds chosen by the merchant (the Stock page).
-- Only this machine knows them, so they live here, not in the cache (which can be rebuilt).
-- sku_id 0 holds the default for SKUs without their own. Every change is also in audit_log.
CREATE TABLE stock_thresholds (
    sku_id      INTEGER PRIMARY KEY,
    threshold   INTEGER NOT NULL CHECK (threshold >= 0),
    actor       TEXT NOT NULL,
    updated_ms  INTEGER NOT NULL
);
