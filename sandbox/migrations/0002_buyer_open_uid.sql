-- sandbox.sqlite schema v2: trades carry TOP's buyer_open_uid (one stable id per buyer;
-- nicks are masked and shared by many buyers). Orders made before this version keep an
-- empty uid: their buyers were never drawn from the buyer population.
ALTER TABLE orders ADD COLUMN buyer_open_uid TEXT NOT NULL DEFAULT '';
