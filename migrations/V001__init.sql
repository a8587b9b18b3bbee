-- The people directory, accounts, sign-in state, programmes and the audit log.
-- One SQL for SQLite and PostgreSQL: {{id}} and {{blob}} are the only words the migrator
-- rewrites per backend. Times are Unix seconds (BIGINT); dates are YYYY-MM-DD text; flags are 0/1.

CREATE TABLE people (
    id {{id}},
    employee_id TEXT NOT NULL UNIQUE,
    name TEXT,
    email TEXT,
    grade BIGINT NOT NULL,
    title TEXT,
    department TEXT,
    location TEXT,
    time_zone TEXT,
    manager_id TEXT,
    hire_date TEXT,
    leaving_date TEXT,
    left_company INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL
);
CREATE INDEX people_manager ON people (manager_id);
CREATE INDEX people_department_grade ON people (department, grade);

CREATE TABLE users (
    id {{id}},
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    role TEXT NOT NULL,
    person_id TEXT,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE programmes (
    id {{id}},
    name TEXT NOT NULL,
    purpose TEXT NOT NULL,
    goals TEXT NOT NULL,
    ground_rules TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    cadence_days INTEGER NOT NULL,
    session_minutes INTEGER NOT NULL,
    matching_mode TEXT NOT NULL,
    max_mentor_grade BIGINT,
    min_grade_gap INTEGER NOT NULL,
    exclude_same_department INTEGER NOT NULL,
    topics TEXT NOT NULL,
    terminology TEXT NOT NULL,
    anonymity_k INTEGER NOT NULL,
    confidentiality_policy TEXT NOT NULL,
    status TEXT NOT NULL,
    template TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE programme_members (
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    role TEXT NOT NULL,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (programme_id, user_id, role)
);
CREATE INDEX programme_members_user ON programme_members (user_id);

-- Only hashes of secrets are stored: a copied database cannot sign anybody in.
CREATE TABLE browser_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX browser_sessions_user ON browser_sessions (user_id);

CREATE TABLE api_tokens (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE login_throttle (
    subject TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    first_failure_at BIGINT NOT NULL,
    locked_until BIGINT NOT NULL
);

CREATE TABLE audit_log (
    id {{id}},
    at BIGINT NOT NULL,
    actor_user_id BIGINT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
