-- Threat intel: every indicator with its provenance and validity, and every file imported.
CREATE TABLE intel_imports (
    id              INTEGER PRIMARY KEY,
    path            TEXT NOT NULL,
    sha256          TEXT NOT NULL,          -- of the file as read (compressed or not)
    format          TEXT NOT NULL,
    source          TEXT NOT NULL,
    source_version  TEXT NOT NULL,
    complete        INTEGER NOT NULL,       -- 1: the file is its source's whole list (delists the rest)
    issued          TEXT,                   -- the list's own date, for complete lists
    imported_at     TEXT NOT NULL,          -- ISO 8601 UTC
    indicators      INTEGER NOT NULL,       -- indicator records read
    added           INTEGER NOT NULL,
    changed         INTEGER NOT NULL,
    unchanged       INTEGER NOT NULL,
    delisted        INTEGER NOT NULL,
    skipped         TEXT NOT NULL           -- JSON array of the (bounded) skip reasons
);
CREATE INDEX intel_imports_source ON intel_imports (source, issued);

CREATE TABLE indicators (
    type            TEXT NOT NULL,
    value           TEXT NOT NULL,          -- normal form (see keiho.intel.normalize)
    source          TEXT NOT NULL,
    role            TEXT NOT NULL,          -- hostile | sanctioned | victim | label
    source_version  TEXT NOT NULL,
    chain           TEXT NOT NULL,
    display         TEXT NOT NULL,
    actor           TEXT NOT NULL,
    label           TEXT NOT NULL,
    confidence      INTEGER NOT NULL,
    tlp             TEXT NOT NULL,
    tags            TEXT NOT NULL,          -- JSON array
    refs            TEXT NOT NULL,          -- JSON array
    first_seen      TEXT,                   -- ISO dates; NULL = unknown
    last_seen       TEXT,
    valid_from      TEXT,
    valid_until     TEXT,                   -- exclusive; NULL = still holds
    listed_in       TEXT,                   -- complete lists: issue date of the latest list that had it
    import_id       INTEGER NOT NULL REFERENCES intel_imports (id),  -- the latest import that had it
    added_by        INTEGER NOT NULL REFERENCES intel_imports (id),  -- the import that first had it
    PRIMARY KEY (type, value, source, role)
) WITHOUT ROWID;
CREATE INDEX indicators_value ON indicators (value);
CREATE INDEX indicators_source ON indicators (source, import_id);
