-- Schema 7: handling restrictions (取扱制限) of an asset, and the standard handling label texts (practice.md §3, §4).
-- The restrictions are codes of the built-in list or texts of the registry's own list, one per line.
ALTER TABLE asset ADD COLUMN handling_restrictions TEXT NOT NULL DEFAULT '';

-- A registry created before this schema keeps the handling label texts it has always shown (関係者外秘 / 社外秘 /
-- 公開): nothing changes in meaning for it. A new registry has no settings yet while its schema is created, so it
-- gets the new texts of its scheme.
INSERT INTO registry_setting (key, value)
SELECT 'handling_label.defaults', 'legacy'
WHERE EXISTS (SELECT 1 FROM registry_setting WHERE key = 'scheme')
  AND NOT EXISTS (SELECT 1 FROM registry_setting WHERE key = 'handling_label.defaults');
