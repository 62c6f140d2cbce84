-- cache.sqlite schema v8: the Orders list read in its own order, for search and export.
--
-- 1. The search index in the list's order, so a search reads the index newest first and stops
-- after a page, however many orders match. (Schema v6 keyed the index by tid; a common term
-- absent from the newest orders then had its million matches sorted by time: 1.9 s at p95,
-- 22 s at worst, on 10 million orders.) A row's rowid is now its order's list key,
-- created_ms * 2^20 + slot (tid % 2^20, or the next free one when two orders of the same
-- millisecond share it: TOP's times are to the second), and its tid is kept in an unindexed
-- column (app/workspace/searchkey.h). Reading rowid descending visits orders by created_ms
-- descending exactly; within one millisecond the reader restores the list's tid order.
-- The old index is dropped and the new one filled in the background like migration 0006's
-- (app/workspace/searchindexer.h), newest first, resumable: until it is complete, searches
-- check each order down the list and stay exact. The mark 'search.backfill_below' is now a
-- creation time (orders created before it are still to be indexed; '0': none), so the backlog
-- is worked down in list order and writes its index rows in key order.
DROP TABLE order_search;

CREATE VIRTUAL TABLE order_search USING fts5(buyer_nick, titles, tid UNINDEXED, tokenize = 'trigram');

DELETE FROM search_pending;

UPDATE sync_cursors SET value = CAST((SELECT coalesce(max(created_ms) + 1, 0) FROM orders) AS TEXT), updated_ms = 0
WHERE name = 'search.backfill_below';

-- 2. What the list shows of an order's lines (units, first title), kept on the order by the same
-- background indexer (NULL until then: readers compute it from the lines), and one index that
-- holds every column of the list in its order: a list, an export or a rehearsal reads it
-- front to back instead of visiting the orders table at random. It replaces orders_created.
ALTER TABLE orders ADD COLUMN items INTEGER;
ALTER TABLE orders ADD COLUMN first_title TEXT;

CREATE INDEX orders_list ON orders (created_ms, tid, status, channel, location_id, province, payment_fen,
                                    buyer_nick, items, first_title);
DROP INDEX orders_created;

-- A line changed or gone: the order's list columns are stale until indexed again.
CREATE TRIGGER order_lines_requeue_update AFTER UPDATE ON order_lines
WHEN OLD.num IS NOT NEW.num OR OLD.title IS NOT NEW.title OR OLD.tid IS NOT NEW.tid
BEGIN
    UPDATE orders SET items = NULL, first_title = NULL WHERE tid IN (OLD.tid, NEW.tid);
    INSERT OR IGNORE INTO search_pending (tid) VALUES (OLD.tid), (NEW.tid);
END;

CREATE TRIGGER order_lines_requeue_delete AFTER DELETE ON order_lines
BEGIN
    UPDATE orders SET items = NULL, first_title = NULL WHERE tid = OLD.tid;
    INSERT OR IGNORE INTO search_pending (tid) VALUES (OLD.tid);
END;

-- A new line makes the order's list columns stale too (the insert trigger of 0006 queues it).
CREATE TRIGGER order_lines_stale_insert AFTER INSERT ON order_lines
WHEN (SELECT items FROM orders WHERE tid = NEW.tid) IS NOT NULL
BEGIN
    UPDATE orders SET items = NULL, first_title = NULL WHERE tid = NEW.tid;
END;

-- An order's creation time corrected by the platform: its index row moves with it.
CREATE TRIGGER orders_requeue_created AFTER UPDATE OF created_ms ON orders
WHEN OLD.created_ms IS NOT NEW.created_ms
BEGIN
    DELETE FROM order_search WHERE tid = OLD.tid
        AND rowid BETWEEN max(0, min(OLD.created_ms, 4398046511104)) * 1048576
                      AND max(0, min(OLD.created_ms, 4398046511104)) * 1048576 + 1048575;
    INSERT OR IGNORE INTO search_pending (tid) VALUES (OLD.tid);
END;
