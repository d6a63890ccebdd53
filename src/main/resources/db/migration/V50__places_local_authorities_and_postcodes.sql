-- Where young people live (issue 6, "Living outside the authority"): England's children's services (upper-tier)
-- authorities and the lower-tier districts within them, from the ONS LTLA->UTLA lookup; every UK postcode with its
-- district and grid reference, from the ONS Postcode Directory. Both are reference data replaced whole by an import.
-- No foreign keys: an import replaces a table at a time, and contacts (V51) outlive a re-import of the lookup.

CREATE TABLE local_authority (
    code                text PRIMARY KEY CHECK (code ~ '^[EW](06|08|09|10)[0-9]{6}$'),
    name                text NOT NULL CHECK (length(trim(name)) > 0),
    centroid_easting    double precision,
    centroid_northing   double precision,
    postcodes_with_grid integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE local_authority IS 'Upper-tier local authorities (English ones run children''s services): unitary authorities, metropolitan districts, London boroughs and counties, and Welsh unitaries, from the ONS lookup, with the 2023 reorganisations added by Hearth.';
COMMENT ON COLUMN local_authority.code IS 'ONS code: E06 unitary, E08 metropolitan district, E09 London borough, E10 county; W06 Welsh unitary (not a children''s services authority for the contacts directory).';
COMMENT ON COLUMN local_authority.name IS 'Its name as ONS gives it.';
COMMENT ON COLUMN local_authority.centroid_easting IS 'Mean Ordnance Survey easting (metres) of its postcodes that have a grid reference; null until the postcode directory is loaded. Used for distance from the home authority.';
COMMENT ON COLUMN local_authority.centroid_northing IS 'Mean Ordnance Survey northing (metres) of those postcodes.';
COMMENT ON COLUMN local_authority.postcodes_with_grid IS 'How many postcodes the centroid is the mean of.';

CREATE TABLE local_authority_district (
    code            text PRIMARY KEY CHECK (code ~ '^[EW](06|07|08|09)[0-9]{6}$'),
    name            text NOT NULL CHECK (length(trim(name)) > 0),
    upper_tier_code text NOT NULL,
    source          text NOT NULL CHECK (source IN ('LOOKUP', 'REORGANISATION_2023'))
);
CREATE INDEX local_authority_district_by_upper_tier ON local_authority_district (upper_tier_code);
COMMENT ON TABLE local_authority_district IS 'Lower-tier local authority districts (the ONS Postcode Directory''s oslaua) with the upper-tier authority that runs children''s services there.';
COMMENT ON COLUMN local_authority_district.code IS 'ONS district code: E06/E08/E09 are their own upper tier, E07 districts sit in an E10 county, W06 Welsh unitaries.';
COMMENT ON COLUMN local_authority_district.name IS 'The district''s name.';
COMMENT ON COLUMN local_authority_district.upper_tier_code IS 'The upper-tier authority (local_authority.code) the district belongs to.';
COMMENT ON COLUMN local_authority_district.source IS 'LOOKUP: from the imported ONS LTLA->UTLA lookup; REORGANISATION_2023: one of the 2023 unitaries Hearth knows by name (Cumberland, Westmorland and Furness, North Yorkshire, Somerset).';

CREATE TABLE postcode (
    postcode    text PRIMARY KEY,
    district_code text,
    easting     integer,
    northing    integer,
    CHECK ((easting IS NULL) = (northing IS NULL))
);
COMMENT ON TABLE postcode IS 'Every UK postcode (live and terminated) from the ONS Postcode Directory, replaced whole by each import.';
COMMENT ON COLUMN postcode.postcode IS 'The postcode, upper case with one space before the inward code (ONSPD pcds), e.g. LU5 4QQ.';
COMMENT ON COLUMN postcode.district_code IS 'Its local authority district (ONSPD oslaua); null where ONS gives none (non-geographic or unassigned).';
COMMENT ON COLUMN postcode.easting IS 'Ordnance Survey easting in metres (ONSPD oseast1m); null where unknown.';
COMMENT ON COLUMN postcode.northing IS 'Ordnance Survey northing in metres (ONSPD osnrth1m); null where unknown.';

CREATE UNLOGGED TABLE postcode_import_staging (
    postcode    text NOT NULL,
    district_code text,
    easting     integer,
    northing    integer
);
COMMENT ON TABLE postcode_import_staging IS 'Where an import of the postcode directory is copied first (PostgreSQL COPY), checked, then moved into postcode in the same transaction. Empty between imports; unlogged because it is rebuilt from the file.';
COMMENT ON COLUMN postcode_import_staging.postcode IS 'As postcode.postcode.';
COMMENT ON COLUMN postcode_import_staging.district_code IS 'As postcode.district_code.';
COMMENT ON COLUMN postcode_import_staging.easting IS 'As postcode.easting.';
COMMENT ON COLUMN postcode_import_staging.northing IS 'As postcode.northing.';

CREATE TABLE places_import (
    id              uuid PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('POSTCODE_DIRECTORY', 'AUTHORITY_LOOKUP', 'AUTHORITY_CONTACTS')),
    outcome         text NOT NULL CHECK (outcome IN ('IMPORTED', 'REFUSED')),
    source          text NOT NULL,
    rows_read       integer NOT NULL DEFAULT 0,
    summary         text NOT NULL,
    problems        jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(problems) = 'array'),
    imported_by     uuid,
    imported_by_name text,
    imported_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX places_import_by_kind ON places_import (kind, imported_at DESC);
COMMENT ON TABLE places_import IS 'Every import of the postcode directory, the authority lookup or the contacts directory, including those refused, with the row-level report.';
COMMENT ON COLUMN places_import.id IS 'Hearth''s identifier for the import.';
COMMENT ON COLUMN places_import.kind IS 'What was imported.';
COMMENT ON COLUMN places_import.outcome IS 'IMPORTED (the table was replaced) or REFUSED (nothing changed).';
COMMENT ON COLUMN places_import.source IS 'The uploaded file''s name, or where the file was read from.';
COMMENT ON COLUMN places_import.rows_read IS 'Data rows read from the file.';
COMMENT ON COLUMN places_import.summary IS 'The outcome in words (counts, or why it was refused).';
COMMENT ON COLUMN places_import.problems IS 'Row-level report: objects with row, column, value and problem; also the unknown district codes reported (never guessed).';
COMMENT ON COLUMN places_import.imported_by IS 'The user who imported it (no foreign key: reference data outlives accounts); null for the demo loader.';
COMMENT ON COLUMN places_import.imported_by_name IS 'Their name at the time.';
COMMENT ON COLUMN places_import.imported_at IS 'When.';

-- The application's role may not truncate or re-index tables it does not own; these two functions, run with the
-- owner's rights, do exactly that for an import and nothing else. Both run inside the importer's transaction, so a
-- refused import leaves the directory as it was.
CREATE FUNCTION places_begin_postcode_import() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    -- one import at a time: a second waits here until the first commits or rolls back
    LOCK TABLE postcode_import_staging IN EXCLUSIVE MODE;
    TRUNCATE postcode_import_staging;
END $$;

CREATE FUNCTION places_finish_postcode_import() RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    loaded integer;
BEGIN
    TRUNCATE postcode;
    ALTER TABLE postcode DROP CONSTRAINT postcode_pkey;
    INSERT INTO postcode (postcode, district_code, easting, northing)
        SELECT postcode, district_code, easting, northing FROM postcode_import_staging;
    GET DIAGNOSTICS loaded = ROW_COUNT;
    -- the index is built once over the loaded rows: far faster than maintaining it row by row
    ALTER TABLE postcode ADD CONSTRAINT postcode_pkey PRIMARY KEY (postcode);
    TRUNCATE postcode_import_staging;
    RETURN loaded;
END $$;

REVOKE ALL ON FUNCTION places_begin_postcode_import() FROM PUBLIC;
REVOKE ALL ON FUNCTION places_finish_postcode_import() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION places_begin_postcode_import() TO ${appRole};
GRANT EXECUTE ON FUNCTION places_finish_postcode_import() TO ${appRole};
