-- cache.sqlite schema v2: orders keep TOP's buyer_open_uid, the one stable id of a buyer
-- (buyer_nick is masked and shared by many buyers). Orders cached before v2 keep an empty
-- uid until the platform sends them again; the buyers figure falls back to their nick.
ALTER TABLE orders ADD COLUMN buyer_open_uid TEXT NOT NULL DEFAULT '';

-- No index for the buyers figure (measured on 10,000,000 cached orders, 1,000,000 today):
-- the query reads today's keys through orders_status_created in 0.3-0.45 s; a covering index
-- (status, created_ms, pay_time_ms, channel, location_id, buyer_open_uid, buyer_nick) cut
-- that to 0.2 s, but it took 16 s to build while upgrading such a cache and widens every
-- order write.
