-- ledger.sqlite schema v6: campaigns as this console edits them (app/campaigns). A draft
-- exists only here until it is published, so it lives in the ledger (fully synced), not in
-- the re-fetchable cache. Every save is a new version, never an update of an older one; a
-- rollback is a new version copying an earlier one. Publishing goes through the outbox
-- (kind 'campaign.publish', its id the idempotency key); the version row notes the outcome.
CREATE TABLE campaign_versions (
    campaign_id       TEXT NOT NULL,
    version           INTEGER NOT NULL,          -- local: 1, 2, 3, ... per campaign
    spec              TEXT NOT NULL,             -- the campaign as JSON (app/campaigns/campaignjson.h)
    author            TEXT NOT NULL,
    saved_ms          INTEGER NOT NULL,
    note              TEXT NOT NULL DEFAULT '',  -- e.g. 'rollback to version 2'
    publish_state     TEXT NOT NULL DEFAULT 'draft'
                      CHECK (publish_state IN ('draft', 'publishing', 'published', 'conflict', 'rejected')),
    outbox_id         TEXT NOT NULL DEFAULT '',  -- the outbox row (idempotency key) while publishing
    platform_version  INTEGER NOT NULL DEFAULT 0,-- the platform's version once published
    published_ms      INTEGER NOT NULL DEFAULT 0,
    publish_note      TEXT NOT NULL DEFAULT '',  -- the platform's answer on a conflict or refusal
    PRIMARY KEY (campaign_id, version)
) WITHOUT ROWID;

-- Vouchers issued for a campaign, in batches of at most 100 (mc.vouchers.issue). A batch is
-- planned with its idempotency key before it is sent, so a batch whose answer was lost (a
-- crash, a dropped connection) is sent again with the same key and the platform answers with
-- the codes it issued the first time: never issued twice.
CREATE TABLE campaign_voucher_batches (
    campaign_id      TEXT NOT NULL,
    batch_no         INTEGER NOT NULL,
    idempotency_key  TEXT NOT NULL UNIQUE,
    quantity         INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100),
    params           TEXT NOT NULL,             -- the call's parameters as JSON
    state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'issued')),
    vouchers         TEXT NOT NULL DEFAULT '[]', -- [{"voucher_id":..,"code":..}] once issued
    issued_ms        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, batch_no)
) WITHOUT ROWID;
