-- cache.sqlite schema v10: a compact digest of every counted order, for campaign rehearsals.
--
-- A rehearsal walks every paid order of a window (months, ten million orders) with its lines.
-- Joining order_lines at random for each order cost 2.8 s per million; the digest holds what
-- the rehearsal reads, one row per paid, not closed order, in creation order (the key), with
-- the lines packed into one blob (app/campaigns/orderdigest.h), so a window is one range scan.
--
-- It is derived data, kept like the search index (migration 0008): the triggers below put an
-- order whose counted facts change into digest_pending (and drop its row, which may be keyed
-- by an old creation time); the digest keeper (app/campaigns/digestkeeper.h) rebuilds pending
-- orders in small transactions beside the sync, then works down the orders cached before this
-- migration, newest first, moving the mark 'digest.backfill_below' (a created_ms; orders
-- created before it have no digest yet; '0': none). A rehearsal reads pending orders and the
-- part of its window below the mark from the orders themselves, so it is exact at any time.
CREATE TABLE order_digest (
    created_ms   INTEGER NOT NULL,
    tid          INTEGER NOT NULL,
    location_id  INTEGER NOT NULL,
    flags        INTEGER NOT NULL,  -- 1: sold in a store; 2: a line fails validation (read the lines)
    buyer        INTEGER NOT NULL,  -- 64-bit FNV-1a of the buyer's key (open uid, else 'nick:' || nick)
    lines        BLOB NOT NULL,     -- per line: sku id, units, payment fen, refunded, category (varints)
    PRIMARY KEY (created_ms, tid)
) WITHOUT ROWID;

-- The categories of digested lines, by a small number.
CREATE TABLE digest_categories (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

-- The triggers test for a queued tid instead of INSERT OR IGNORE: the cache writer's upserts
-- (ON CONFLICT DO UPDATE) make SQLite apply ABORT to the statements of the triggers they fire.
CREATE TABLE digest_pending (tid INTEGER PRIMARY KEY);

CREATE TRIGGER orders_digest_insert AFTER INSERT ON orders
BEGIN
    INSERT INTO digest_pending (tid) SELECT NEW.tid WHERE NOT EXISTS (SELECT 1 FROM digest_pending WHERE tid = NEW.tid);
END;

CREATE TRIGGER orders_digest_update AFTER UPDATE ON orders
WHEN OLD.status IS NOT NEW.status OR OLD.channel IS NOT NEW.channel OR OLD.location_id IS NOT NEW.location_id
  OR OLD.buyer_nick IS NOT NEW.buyer_nick OR OLD.buyer_open_uid IS NOT NEW.buyer_open_uid
  OR OLD.created_ms IS NOT NEW.created_ms OR OLD.tid IS NOT NEW.tid
BEGIN
    DELETE FROM order_digest WHERE created_ms = OLD.created_ms AND tid = OLD.tid;
    INSERT INTO digest_pending (tid) SELECT t FROM (SELECT OLD.tid AS t UNION SELECT NEW.tid)
    WHERE NOT EXISTS (SELECT 1 FROM digest_pending WHERE tid = t);
END;

CREATE TRIGGER orders_digest_delete AFTER DELETE ON orders
BEGIN
    DELETE FROM order_digest WHERE created_ms = OLD.created_ms AND tid = OLD.tid;
END;

CREATE TRIGGER order_lines_digest_insert AFTER INSERT ON order_lines
BEGIN
    INSERT INTO digest_pending (tid) SELECT NEW.tid WHERE NOT EXISTS (SELECT 1 FROM digest_pending WHERE tid = NEW.tid);
END;

CREATE TRIGGER order_lines_digest_update AFTER UPDATE ON order_lines
WHEN OLD.tid IS NOT NEW.tid OR OLD.sku_id IS NOT NEW.sku_id OR OLD.num IS NOT NEW.num
  OR OLD.payment_fen IS NOT NEW.payment_fen OR OLD.refund_status IS NOT NEW.refund_status
  OR OLD.category IS NOT NEW.category OR OLD.oid IS NOT NEW.oid
BEGIN
    INSERT INTO digest_pending (tid) SELECT t FROM (SELECT OLD.tid AS t UNION SELECT NEW.tid)
    WHERE NOT EXISTS (SELECT 1 FROM digest_pending WHERE tid = t);
END;

CREATE TRIGGER order_lines_digest_delete AFTER DELETE ON order_lines
BEGIN
    INSERT INTO digest_pending (tid) SELECT OLD.tid WHERE NOT EXISTS (SELECT 1 FROM digest_pending WHERE tid = OLD.tid);
END;

INSERT INTO sync_cursors (name, value, updated_ms)
VALUES ('digest.backfill_below', CAST((SELECT coalesce(max(created_ms) + 1, 0) FROM orders) AS TEXT), 0);

-- The search triggers of migration 0008 queue with INSERT OR IGNORE, which the cache writer's
-- upserts turn into ABORT (see above): a newer version of a trade whose line changed title or
-- units, or whose creation time moved, while the trade still waited for the search indexer,
-- was refused and set aside. Same triggers, testing for a queued tid instead.
DROP TRIGGER order_lines_requeue_update;
CREATE TRIGGER order_lines_requeue_update AFTER UPDATE ON order_lines
WHEN OLD.num IS NOT NEW.num OR OLD.title IS NOT NEW.title OR OLD.tid IS NOT NEW.tid
BEGIN
    UPDATE orders SET items = NULL, first_title = NULL WHERE tid IN (OLD.tid, NEW.tid);
    INSERT INTO search_pending (tid) SELECT t FROM (SELECT OLD.tid AS t UNION SELECT NEW.tid)
    WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE tid = t);
END;

DROP TRIGGER order_lines_requeue_delete;
CREATE TRIGGER order_lines_requeue_delete AFTER DELETE ON order_lines
BEGIN
    UPDATE orders SET items = NULL, first_title = NULL WHERE tid = OLD.tid;
    INSERT INTO search_pending (tid) SELECT OLD.tid WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE tid = OLD.tid);
END;

DROP TRIGGER orders_requeue_created;
CREATE TRIGGER orders_requeue_created AFTER UPDATE OF created_ms ON orders
WHEN OLD.created_ms IS NOT NEW.created_ms
BEGIN
    DELETE FROM order_search WHERE tid = OLD.tid
        AND rowid BETWEEN max(0, min(OLD.created_ms, 4398046511104)) * 1048576
                      AND max(0, min(OLD.created_ms, 4398046511104)) * 1048576 + 1048575;
    INSERT INTO search_pending (tid) SELECT OLD.tid WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE tid = OLD.tid);
END;
