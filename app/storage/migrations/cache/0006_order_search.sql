-- cache.sqlite schema v6: search over the cached orders (the Orders workspace).
-- order_search holds, per order (rowid = tid), the buyer's nick and its lines' product titles,
-- with the trigram tokenizer: any substring of 3+ characters is found, Chinese included.
-- It is filled in the background (app/workspace/searchindexer.h), never on the sync path:
-- new orders only queue their tid in search_pending (a trigger), and orders cached before
-- this migration are indexed newest first, down from the mark 'search.backfill_below'
-- (resumable: the mark moves with each batch; '0' when every older order is indexed).
-- The Orders list filters by province newest first; without this a province with few orders
-- would be found only after walking past every recent order of the others.
CREATE INDEX orders_province_created ON orders (province, created_ms);

CREATE VIRTUAL TABLE order_search USING fts5(buyer_nick, titles, tokenize = 'trigram');

CREATE TABLE search_pending (
    tid INTEGER PRIMARY KEY
);

CREATE TRIGGER orders_queue_search AFTER INSERT ON orders
BEGIN
    INSERT OR IGNORE INTO search_pending (tid) VALUES (NEW.tid);
END;

CREATE TRIGGER order_lines_queue_search AFTER INSERT ON order_lines
BEGIN
    INSERT OR IGNORE INTO search_pending (tid) VALUES (NEW.tid);
END;

INSERT INTO sync_cursors (name, value, updated_ms)
SELECT 'search.backfill_below', CAST(coalesce(max(tid), -1) + 1 AS TEXT), 0 FROM orders;
