-- cache.sqlite schema v8: the search index in the Orders list's order, so a search reads the
-- index newest first and stops after a page, however many orders match. (Schema v6 keyed the
-- index by tid; a common term absent from the newest orders then had its million matches
-- sorted by time: 1.9 s at p95, 22 s at worst, on 10 million orders.)
-- A row's rowid is now its order's list key, created_ms * 2^20 + slot (tid % 2^20, or the next
-- free one when two orders of the same millisecond share it: TOP's times are to the second),
-- and its tid is kept in an unindexed column (app/workspace/searchkey.h). Reading rowid descending therefore visits orders by created_ms
-- descending exactly; within one millisecond the list's tid order is restored by the reader
-- (app/workspace/orderquery.h).
-- The old index is dropped and the new one filled in the background like migration 0006's
-- (app/workspace/searchindexer.h), newest first, resumable: until it is complete, searches
-- check each order down the list and stay exact.
DROP TABLE order_search;

CREATE VIRTUAL TABLE order_search USING fts5(buyer_nick, titles, tid UNINDEXED, tokenize = 'trigram');

DELETE FROM search_pending;

UPDATE sync_cursors SET value = CAST((SELECT coalesce(max(tid), -1) + 1 FROM orders) AS TEXT), updated_ms = 0
WHERE name = 'search.backfill_below';
