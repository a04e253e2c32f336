-- The schema of release 0.1 (commit 6b3aac7), as its hand-written MySql migrations 1 and 2 created it,
-- including their bookkeeping table. Kept verbatim as a test fixture: databases made by that release must upgrade
-- in place (LegacySchemaUpgradeTests).

CREATE TABLE IF NOT EXISTS schema_migrations (
    version INT NOT NULL PRIMARY KEY,
    description VARCHAR(200) NOT NULL,
    applied_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- version 1: galleries, subjects and faces; default gallery
CREATE TABLE IF NOT EXISTS galleries (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT ux_galleries_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS subjects (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    gallery_id BIGINT NOT NULL,
    external_id VARCHAR(200) NOT NULL,
    name VARCHAR(200) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT ux_subjects_gallery_external UNIQUE (gallery_id, external_id),
    CONSTRAINT fk_subjects_gallery FOREIGN KEY (gallery_id) REFERENCES galleries (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS faces (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    gallery_id BIGINT NOT NULL,
    subject_id BIGINT NOT NULL,
    embedding BLOB NOT NULL,
    model_id VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    INDEX ix_faces_subject (subject_id),
    INDEX ix_faces_gallery (gallery_id),
    CONSTRAINT fk_faces_subject FOREIGN KEY (subject_id) REFERENCES subjects (id) ON DELETE CASCADE,
    CONSTRAINT fk_faces_gallery FOREIGN KEY (gallery_id) REFERENCES galleries (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO galleries (name, created_at)
SELECT 'default', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM galleries WHERE name = 'default');

-- version 2: accounts, sign-in failures and revoked tokens
CREATE TABLE IF NOT EXISTS accounts (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(100) NOT NULL,
    email VARCHAR(320) NOT NULL,
    password_hash VARCHAR(500) NOT NULL,
    face_template BLOB NOT NULL,
    model_id VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT ux_accounts_username UNIQUE (username),
    CONSTRAINT ux_accounts_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS signin_failures (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(100) NOT NULL,
    failed_at DATETIME(6) NOT NULL,
    INDEX ix_signin_failures_username_time (username, failed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS revoked_tokens (
    token_id VARCHAR(200) NOT NULL PRIMARY KEY,
    expires_at DATETIME(6) NOT NULL,
    INDEX ix_revoked_tokens_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO schema_migrations (version, description, applied_at) VALUES (1, 'galleries, subjects and faces; default gallery', UTC_TIMESTAMP(6));
INSERT INTO schema_migrations (version, description, applied_at) VALUES (2, 'accounts, sign-in failures and revoked tokens', UTC_TIMESTAMP(6));
