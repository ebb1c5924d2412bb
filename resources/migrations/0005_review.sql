-- Schema 5: who reviewed an asset last, and when (practice.md §2). Existing assets keep their next review as it is and
-- have no last review until someone marks them reviewed.

ALTER TABLE asset ADD COLUMN last_reviewed_on TEXT;
ALTER TABLE asset ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT '';

-- The ledger is sorted by it when the administrator looks for assets not reviewed for a long time.
CREATE INDEX asset_last_reviewed_on ON asset (last_reviewed_on);
