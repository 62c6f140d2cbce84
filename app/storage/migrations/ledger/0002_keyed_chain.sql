-- ledger.sqlite schema v2: the hash chains are keyed. Each row names how its link was made:
-- 'sha256' (rows written before v2: SHA-256 over the previous hash and the row) or
-- 'hmac-sha256' (HMAC-SHA256 with the installation's ledger key, kept outside this file,
-- so whoever can edit the file cannot forge a consistent chain without the key).
ALTER TABLE audit_log ADD COLUMN chain TEXT NOT NULL DEFAULT 'sha256';
ALTER TABLE redemptions ADD COLUMN chain TEXT NOT NULL DEFAULT 'sha256';
