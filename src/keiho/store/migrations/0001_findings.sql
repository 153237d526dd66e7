-- Subjects keiho has judged non-clean at least once, and the findings behind each verdict.
CREATE TABLE subjects (
    id          TEXT PRIMARY KEY,           -- stable: sha256(kind, subject)
    kind        TEXT NOT NULL,              -- host, url, message, file, address...
    subject     TEXT NOT NULL,
    verdict     TEXT NOT NULL,              -- latest verdict
    score       INTEGER NOT NULL,
    first_seen  TEXT NOT NULL,              -- ISO 8601 UTC
    last_seen   TEXT NOT NULL,
    times_seen  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX subjects_verdict ON subjects (verdict, last_seen);

CREATE TABLE findings (
    id          TEXT PRIMARY KEY,           -- stable: sha256(rule, subject)
    subject_id  TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    rule        TEXT NOT NULL,
    severity    TEXT NOT NULL,
    title       TEXT NOT NULL,
    score       INTEGER NOT NULL,
    evidence    TEXT NOT NULL,              -- JSON object
    attack      TEXT NOT NULL,              -- JSON array of ATT&CK ids
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1  -- 0 once a rescan no longer fires it
);
CREATE INDEX findings_subject ON findings (subject_id);
CREATE INDEX findings_rule ON findings (rule);
