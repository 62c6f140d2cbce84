-- cache.sqlite schema v7: per-SKU stock figures for the Catalog and Stock pages, so a list
-- of SKUs never sums every location's stock again (a brand with 10,000 SKUs in 2,000 stores
-- has 8 million stock rows). sku_stock holds each SKU's total and the number of locations
-- with a record, kept by triggers in the same transaction as stock_levels; the index answers
-- "how many locations are at or below this SKU's threshold" from the low rows alone.
CREATE INDEX stock_levels_sku_quantity ON stock_levels (sku_id, quantity);

CREATE TABLE sku_stock (
    sku_id   INTEGER PRIMARY KEY,
    total    INTEGER NOT NULL DEFAULT 0,
    stocked  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO sku_stock (sku_id, total, stocked)
SELECT sku_id, sum(quantity), count(*) FROM stock_levels GROUP BY sku_id;

CREATE TRIGGER stock_levels_summary_insert AFTER INSERT ON stock_levels
BEGIN
    INSERT INTO sku_stock (sku_id, total, stocked) VALUES (NEW.sku_id, NEW.quantity, 1)
    ON CONFLICT (sku_id) DO UPDATE SET total = total + excluded.total, stocked = stocked + 1;
END;

CREATE TRIGGER stock_levels_summary_update AFTER UPDATE OF sku_id, quantity ON stock_levels
BEGIN
    UPDATE sku_stock SET total = total - OLD.quantity, stocked = stocked - 1 WHERE sku_id = OLD.sku_id;
    INSERT INTO sku_stock (sku_id, total, stocked) VALUES (NEW.sku_id, NEW.quantity, 1)
    ON CONFLICT (sku_id) DO UPDATE SET total = total + excluded.total, stocked = stocked + 1;
END;

CREATE TRIGGER stock_levels_summary_delete AFTER DELETE ON stock_levels
BEGIN
    UPDATE sku_stock SET total = total - OLD.quantity, stocked = stocked - 1 WHERE sku_id = OLD.sku_id;
END;
