-- ledger.sqlite schema v5: campaigns as this console edits them (app/campaigns). A draft
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
