-- cache.sqlite schema v3 (issue 10, "Figures you can trust").
--
-- Trades that failed validation (app/core/ordervalidation.h): set aside here, never in
-- orders, order_lines or the rollups. Written in the transaction of the page that carried
-- them, so the page's good trades and its cursors commit as usual. When the platform sends
-- the trade again it is validated again: a version that passes is applied and its row goes.
CREATE TABLE quarantine (
    tid            INTEGER PRIMARY KEY,        -- as sent; 0 holds the last trade with no readable tid
    modified_ms    INTEGER NOT NULL DEFAULT 0, -- its modified time when readable, else 0
    reason         TEXT NOT NULL,              -- "code: detail", e.g. 'duplicate-oid: 2000000000000021'
    raw_json       TEXT NOT NULL,              -- the trade as received (as decoded, for writer refusals)
    first_seen_ms  INTEGER NOT NULL,
    last_seen_ms   INTEGER NOT NULL,
    times_seen     INTEGER NOT NULL DEFAULT 1
);

-- Orders whose status this version does not know (e.g. SELLER_CONSIGNED_PART) are kept with
-- the status as sent and never count as a sale; this partial index keeps counting them
-- cheap (it holds only those rows). The list must match core::OrderStatus.
CREATE INDEX orders_unknown_status ON orders (status)
    WHERE status NOT IN ('WAIT_BUYER_PAY', 'WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED',
                         'TRADE_CLOSED', 'TRADE_CLOSED_BY_TAOBAO');

-- Rollup sums never wrap: SQLite turns an integer overflow in "gmv_fen + excluded.gmv_fen"
-- into a REAL. Refuse the write instead (the statement fails, the transaction rolls back).
CREATE TRIGGER rollup_minute_overflow BEFORE UPDATE ON rollup_minute
    WHEN typeof(NEW.orders) <> 'integer' OR typeof(NEW.units) <> 'integer' OR typeof(NEW.gmv_fen) <> 'integer'
         OR typeof(NEW.refund_fen) <> 'integer'
BEGIN
    SELECT RAISE(ABORT, 'rollup-overflow');
END;
CREATE TRIGGER rollup_sku_hour_overflow BEFORE UPDATE ON rollup_sku_hour
    WHEN typeof(NEW.units) <> 'integer' OR typeof(NEW.gmv_fen) <> 'integer'
BEGIN
    SELECT RAISE(ABORT, 'rollup-overflow');
END;
