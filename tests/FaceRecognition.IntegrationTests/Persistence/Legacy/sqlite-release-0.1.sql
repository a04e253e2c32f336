-- The schema of release 0.1 (commit 6b3aac7), as its hand-written Sqlite migrations 1 and 2 created it,
-- including their bookkeeping table. Kept verbatim as a test fixture: databases made by that release must upgrade
-- in place (LegacySchemaUpgradeTests).

CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER NOT NULL PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

-- version 1: galleries, subjects and faces; default gallery
CREATE TABLE IF NOT EXISTS galleries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT ux_galleries_name UNIQUE (name)
);

CREATE TABLE IF NOT EXISTS subjects (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    gallery_id INTEGER NOT NULL REFERENCES galleries (id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT ux_subjects_gallery_external UNIQUE (gallery_id, external_id)
);

CREATE TABLE IF NOT EXISTS faces (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    gallery_id INTEGER NOT NULL REFERENCES galleries (id) ON DELETE CASCADE,
    subject_id INTEGER NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    embedding BLOB NOT NULL,
    model_id TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_faces_subject ON faces (subject_id);
CREATE INDEX IF NOT EXISTS ix_faces_gallery ON faces (gallery_id);

INSERT OR IGNORE INTO galleries (name, created_at)
VALUES ('default', strftime('%Y-%m-%d %H:%M:%f', 'now'));

-- version 2: accounts, sign-in failures and revoked tokens
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    face_template BLOB NOT NULL,
    model_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT ux_accounts_username UNIQUE (username),
    CONSTRAINT ux_accounts_email UNIQUE (email)
);

CREATE TABLE IF NOT EXISTS signin_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_signin_failures_username_time ON signin_failures (username, failed_at);

CREATE TABLE IF NOT EXISTS revoked_tokens (
    token_id TEXT NOT NULL PRIMARY KEY,
    expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_revoked_tokens_expiry ON revoked_tokens (expires_at);

INSERT INTO schema_migrations (version, description, applied_at) VALUES (1, 'galleries, subjects and faces; default gallery', strftime('%Y-%m-%d %H:%M:%f', 'now'));
INSERT INTO schema_migrations (version, description, applied_at) VALUES (2, 'accounts, sign-in failures and revoked tokens', strftime('%Y-%m-%d %H:%M:%f', 'now'));
