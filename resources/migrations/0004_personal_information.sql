-- Schema 4: personal information and retention (design/practice.md §1 and §2). An asset may record why its
-- confidentiality stays below what its personal information calls for (PI-2, PI-3), and the basis of a permanent
-- retention (文書管理規程 or a law's name). Existing rows keep their values: an asset that breaks a rule is listed by
-- the rule check (verify --rules) and must be fixed when it is next edited, never changed here.

ALTER TABLE asset ADD COLUMN personal_info_override TEXT NOT NULL DEFAULT '';
ALTER TABLE asset ADD COLUMN retention_basis TEXT NOT NULL DEFAULT '';
