-- Schema 6: two kinds of disposal record (practice.md §5) — media sanitisation (devices, media, paper) and data
-- deletion inside a live system or a cloud service — with a media type code per item, the techniques contractors
-- offer (穿孔, 破砕, 磁気破壊), the techniques of data deletion, and the personal-information kind of each disposed
-- asset, which raises its minimum method (PI-5).
--
-- Existing records keep their values: every one becomes a media sanitisation; the free text that was the media type
-- is kept word for word as the media description, and the media type code is derived from it where the text names
-- one plainly (HDD, SSD, USB, SD, CD/DVD/BD, tape, smartphone/tablet, paper, in English or Japanese), else "other",
-- which keeps the rules the record was made under. The personal-information kind is the disposed asset's, which
-- cannot have changed since: a disposed asset is read-only.
--
-- disposal_job is rebuilt because its CHECK constraints list the techniques and require a destination. Its rows are
-- copied aside, the table is dropped and made again with the same ids; the foreign keys of items, evidence and
-- amendments are checked when the migration commits, by which time every record is back under its id.

PRAGMA defer_foreign_keys = ON;

CREATE TABLE disposal_job_schema3 AS SELECT * FROM disposal_job;

DROP TABLE disposal_job;

CREATE TABLE disposal_job (
    id                        INTEGER PRIMARY KEY,
    job_no                    TEXT NOT NULL UNIQUE,
    kind                      TEXT NOT NULL DEFAULT 'media' CHECK (kind IN ('media', 'data')),
    method                    TEXT NOT NULL CHECK (method IN ('clear', 'purge', 'destroy')),
    technique                 TEXT NOT NULL CHECK (technique IN ('overwrite', 'block_erase', 'crypto_erase', 'degauss',
                                                                 'shred', 'disintegrate', 'melt', 'incinerate',
                                                                 'drill', 'crush', 'magnetic_destruction',
                                                                 'factory_reset', 'logical_delete', 'key_destruction',
                                                                 'provider_deletion', 'other')),
    tool                      TEXT NOT NULL DEFAULT '',
    tool_version              TEXT NOT NULL DEFAULT '',
    verification              TEXT NOT NULL CHECK (verification IN ('full', 'sampling', 'other')),
    -- A data deletion hands no medium over: its destination is empty.
    destination               TEXT NOT NULL CHECK ((kind = 'media' AND destination IN ('internal_reuse',
                                                    'external_reuse', 'recycling', 'manufacturer', 'destroyed',
                                                    'other')) OR (kind = 'data' AND destination = '')),
    performed_by_name         TEXT NOT NULL CHECK (performed_by_name <> ''),
    performed_by_title        TEXT NOT NULL DEFAULT '',
    performed_by_organisation TEXT NOT NULL DEFAULT '',
    performed_on              TEXT NOT NULL,
    validated_by_name         TEXT NOT NULL CHECK (validated_by_name <> ''),
    validated_by_title        TEXT NOT NULL DEFAULT '',
    validated_by_organisation TEXT NOT NULL DEFAULT '',
    validated_on              TEXT NOT NULL,
    contractor                TEXT NOT NULL DEFAULT '',
    certificate_no            TEXT NOT NULL DEFAULT '',
    override_reason           TEXT NOT NULL DEFAULT '',
    notes                     TEXT NOT NULL DEFAULT '',
    recorded_by               TEXT NOT NULL,
    recorded_at               TEXT NOT NULL
);

INSERT INTO disposal_job (id, job_no, kind, method, technique, tool, tool_version, verification, destination,
                          performed_by_name, performed_by_title, performed_by_organisation, performed_on,
                          validated_by_name, validated_by_title, validated_by_organisation, validated_on, contractor,
                          certificate_no, override_reason, notes, recorded_by, recorded_at)
SELECT id, job_no, 'media', method, technique, tool, tool_version, verification, destination, performed_by_name,
       performed_by_title, performed_by_organisation, performed_on, validated_by_name, validated_by_title,
       validated_by_organisation, validated_on, contractor, certificate_no, override_reason, notes, recorded_by,
       recorded_at
FROM disposal_job_schema3 ORDER BY id;

DROP TABLE disposal_job_schema3;

CREATE TRIGGER disposal_job_no_update BEFORE UPDATE ON disposal_job BEGIN
    SELECT RAISE(ABORT, 'disposal records are final; append an amendment instead');
END;

CREATE TRIGGER disposal_job_no_delete BEFORE DELETE ON disposal_job BEGIN
    SELECT RAISE(ABORT, 'disposal records are final; append an amendment instead');
END;

ALTER TABLE disposal_item ADD COLUMN media_description TEXT NOT NULL DEFAULT '';

ALTER TABLE disposal_item ADD COLUMN personal_info TEXT NOT NULL DEFAULT 'none'
    CHECK (personal_info IN ('none', 'personal', 'sensitive', 'my_number'));

-- The items are final too; the migration lifts that for the one statement that fills the new columns.
DROP TRIGGER disposal_item_no_update;

UPDATE disposal_item SET
    media_description = media_type,
    media_type = CASE
        WHEN upper(trim(media_type)) IN ('HDD', 'HARD DISK', 'HARD DISK DRIVE', 'ハードディスク', 'ハードディスクドライブ',
                                         '磁気ディスク') THEN 'hdd'
        WHEN upper(trim(media_type)) IN ('SSD', 'SOLID-STATE DRIVE', 'SOLID STATE DRIVE') THEN 'ssd'
        WHEN upper(trim(media_type)) IN ('USB', 'USB MEMORY', 'USB FLASH DRIVE', 'USB STICK', 'USBメモリ',
                                         'USBメモリー') THEN 'usb_flash'
        WHEN upper(trim(media_type)) IN ('SD', 'SD CARD', 'SDカード', 'MICROSD', 'MICROSDカード') THEN 'sd_card'
        WHEN upper(trim(media_type)) IN ('CD', 'DVD', 'BD', 'CD-R', 'CD-RW', 'DVD-R', 'BLU-RAY', 'OPTICAL DISC',
                                         '光ディスク') THEN 'optical_disc'
        WHEN upper(trim(media_type)) IN ('TAPE', 'MAGNETIC TAPE', 'LTO', '磁気テープ', 'テープ') THEN 'magnetic_tape'
        WHEN upper(trim(media_type)) IN ('SMARTPHONE', 'TABLET', 'スマートフォン', 'スマホ', 'タブレット',
                                         '携帯電話') THEN 'mobile_device'
        WHEN upper(trim(media_type)) IN ('PAPER', '紙', '紙媒体', '書類', '文書') THEN 'paper'
        ELSE 'other'
    END,
    personal_info = coalesce((SELECT asset.personal_info FROM asset WHERE asset.id = disposal_item.asset_id
                              AND asset.personal_info IN ('none', 'personal', 'sensitive', 'my_number')), 'none');

CREATE TRIGGER disposal_item_no_update BEFORE UPDATE ON disposal_item BEGIN
    SELECT RAISE(ABORT, 'disposal records are final; append an amendment instead');
END;

-- Amendments made to the media type were corrections of the free text, which is now the media description.
DROP TRIGGER disposal_amendment_no_update;

UPDATE disposal_amendment SET field = 'media_description' WHERE field = 'media_type';

CREATE TRIGGER disposal_amendment_no_update BEFORE UPDATE ON disposal_amendment BEGIN
    SELECT RAISE(ABORT, 'amendments are append-only');
END;
