-- sandbox.sqlite schema v5: the campaigns a trade used (TOP promotion_details). When an order
-- is created while a published campaign covers its time, channel, store and SKUs, the
-- campaign's discount is taken off its line payments and noted here, one row per campaign.
CREATE TABLE order_promotions (
    tid               INTEGER NOT NULL,
    campaign_id       TEXT NOT NULL,
    campaign_version  INTEGER NOT NULL,
    name              TEXT NOT NULL,
    discount_fen      INTEGER NOT NULL CHECK (discount_fen > 0),
    PRIMARY KEY (tid, campaign_id)
) WITHOUT ROWID;
