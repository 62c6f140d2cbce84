-- cache.sqlite schema v9: the campaigns the platform applied to each order (TOP
-- promotion_details), written by the cache writer in the same transaction as the order: a
-- version seen again replaces its rows (delete, then insert), so nothing counts twice.
-- pay_day_ms is the Beijing day of the payment when the order counts as a sale (paid, not
-- closed), else 0; campaign_days sums the counted rows per campaign, day and channel, kept by
-- the triggers below, so "today per campaign" reads a handful of rows, never the orders.
CREATE TABLE order_promotions (
    tid               INTEGER NOT NULL,
    campaign_id       TEXT NOT NULL,
    campaign_version  INTEGER NOT NULL,
    name              TEXT NOT NULL,
    discount_fen      INTEGER NOT NULL CHECK (discount_fen >= 0),
    channel           TEXT NOT NULL CHECK (channel IN ('online', 'store')),
    pay_day_ms        INTEGER NOT NULL,
    PRIMARY KEY (tid, campaign_id)
) WITHOUT ROWID;

CREATE TABLE campaign_days (
    campaign_id   TEXT NOT NULL,
    day_ms        INTEGER NOT NULL,   -- Beijing midnight, UTC ms
    channel       TEXT NOT NULL,
    name          TEXT NOT NULL,      -- as the newest counted order named it
    orders        INTEGER NOT NULL,
    discount_fen  INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, day_ms, channel)
) WITHOUT ROWID;
CREATE INDEX campaign_days_day ON campaign_days (day_ms);

CREATE TRIGGER order_promotions_count AFTER INSERT ON order_promotions WHEN NEW.pay_day_ms > 0
BEGIN
    INSERT INTO campaign_days (campaign_id, day_ms, channel, name, orders, discount_fen)
    VALUES (NEW.campaign_id, NEW.pay_day_ms, NEW.channel, NEW.name, 1, NEW.discount_fen)
    ON CONFLICT (campaign_id, day_ms, channel) DO UPDATE SET name = excluded.name, orders = orders + 1,
        discount_fen = discount_fen + excluded.discount_fen;
END;

CREATE TRIGGER order_promotions_uncount AFTER DELETE ON order_promotions WHEN OLD.pay_day_ms > 0
BEGIN
    UPDATE campaign_days SET orders = orders - 1, discount_fen = discount_fen - OLD.discount_fen
    WHERE campaign_id = OLD.campaign_id AND day_ms = OLD.pay_day_ms AND channel = OLD.channel;
END;
