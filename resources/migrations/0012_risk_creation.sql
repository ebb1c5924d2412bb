-- Risk entries created in bulk (the candidates of a selection of assets, design/risk.md rule 10) are recorded by one
-- audit event for the whole batch instead of one event per entry, as assets created in bulk are (migration 10). The
-- event names the number of entries, the first and last risk numbers, the fields in the order of the value lists
-- below, and the SHA-256 of the value lists of all its entries, one after the other. Each entry of the batch keeps its
-- values at creation here, so that its history still shows what it was created with, and `verify` recomputes the
-- digest from these rows and compares it with the event in the hash chain. Entries created before this migration
-- keep their own creation events.
--
-- risk_id names the entry without a foreign key: an entry removed before it was assessed keeps its creation record,
-- as its removal event keeps what it was. The program gives the entries of a batch ids above every id named here.
CREATE TABLE risk_creation (
    risk_id   INTEGER PRIMARY KEY,
    event_seq INTEGER NOT NULL REFERENCES audit_event (seq),
    vals      TEXT NOT NULL
);

CREATE TRIGGER risk_creation_no_update BEFORE UPDATE ON risk_creation BEGIN
    SELECT RAISE(ABORT, 'risk creation records are append-only');
END;

CREATE TRIGGER risk_creation_no_delete BEFORE DELETE ON risk_creation BEGIN
    SELECT RAISE(ABORT, 'risk creation records are append-only');
END;

-- What a bulk insert pays for: no query reads these two indexes. The heat map groups by an expression of importance
-- and damage likelihood over the open entries, which SQLite answers with a scan of the table whether or not
-- risk_heat is there; the register filters by threat only when opened from the threat catalogue, where a scan of the
-- entries in risk-number order finds a page as fast. Every other index stays: risk_no (unique, the register's order),
-- risk_asset (an asset's entries, the candidates), risk_status_level (the entries of one status, the count of
-- candidates).
DROP INDEX risk_heat;

DROP INDEX risk_threat;
