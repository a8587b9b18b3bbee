-- Blocked time and the session log: each active pair's recurring series, its occurrences, who moved or
-- cancelled what, attendance, reminders, the calendar feeds, private notes, action items, goal progress and
-- insights. Times are Unix seconds (UTC); local wall-clock times are kept only where a recurrence needs them.

-- A programme's rules for sessions. A programme without a row uses the defaults (reminders 24 h and 1 h
-- before, escalation after 2 senior misses in a row or 3 in the programme, at risk after 4 weeks without a
-- held session). reminder_minutes is "1440;60": minutes before the start.
CREATE TABLE session_policies (
    programme_id BIGINT PRIMARY KEY REFERENCES programmes (id),
    reminder_minutes TEXT NOT NULL,
    max_consecutive_misses INTEGER NOT NULL,
    max_total_misses INTEGER NOT NULL,
    at_risk_weeks INTEGER NOT NULL,
    updated_by BIGINT,
    updated_at BIGINT NOT NULL
);

-- A pair's recurring series. The recurrence is kept as wall-clock time in one IANA zone (time_zone, the
-- mentee's) so a daylight-saving change moves the UTC instant, not the meeting. uid is the iCalendar UID,
-- stable for the life of the series; sequence is its SEQUENCE, raised by every change the calendars must see.
-- status: active, cancelled (ended with the pair).
CREATE TABLE session_series (
    id {{id}},
    pair_id BIGINT NOT NULL REFERENCES pairs (id),
    time_zone TEXT NOT NULL,
    first_local_start TEXT NOT NULL,
    interval_days INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    until_date TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE,
    sequence INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_by BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX session_series_pair ON session_series (pair_id);

-- One row per occurrence of a series. recurrence_start is the instant the rule gave it (the iCalendar
-- RECURRENCE-ID, never changed); starts_at/ends_at are where it is now. status: scheduled, cancelled.
-- sequence is the occurrence's own SEQUENCE when it was moved or cancelled on its own.
-- outcome is what attendance settled: pending (not yet confirmed by both), held, missed_by_mentee,
-- missed_by_mentor, missed_by_both, disputed (the two confirmations disagree).
CREATE TABLE session_occurrences (
    id {{id}},
    series_id BIGINT NOT NULL REFERENCES session_series (id),
    pair_id BIGINT NOT NULL REFERENCES pairs (id),
    recurrence_start BIGINT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    status TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    cancelled_by_side TEXT,
    cancel_reason TEXT,
    outcome TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (series_id, recurrence_start)
);
CREATE INDEX session_occurrences_pair ON session_occurrences (pair_id, starts_at);
CREATE INDEX session_occurrences_start ON session_occurrences (starts_at);

-- Every change to a series or an occurrence, attributed. kind: series_proposed, series_moved,
-- series_cancelled, occurrence_moved, occurrence_cancelled. actor_side: mentee, mentor, admin, system.
CREATE TABLE session_changes (
    id {{id}},
    pair_id BIGINT NOT NULL REFERENCES pairs (id),
    series_id BIGINT NOT NULL REFERENCES session_series (id),
    occurrence_id BIGINT REFERENCES session_occurrences (id),
    kind TEXT NOT NULL,
    actor_user_id BIGINT,
    actor_side TEXT NOT NULL,
    reason TEXT NOT NULL,
    old_starts_at BIGINT,
    new_starts_at BIGINT,
    at BIGINT NOT NULL
);
CREATE INDEX session_changes_pair ON session_changes (pair_id, at);

-- Each person's confirmation of one occurrence: took_place 0/1, and when it did not, absent_side
-- (mentee, mentor, both) says who missed it.
CREATE TABLE session_attendance (
    occurrence_id BIGINT NOT NULL REFERENCES session_occurrences (id),
    side TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    took_place INTEGER NOT NULL,
    absent_side TEXT,
    confirmed_at BIGINT NOT NULL,
    PRIMARY KEY (occurrence_id, side)
);

-- A sponsor notified about a senior's cancellations and no-shows; the counts only, never notes.
-- trigger: consecutive or total. One row per pair and threshold crossing.
CREATE TABLE session_escalations (
    id {{id}},
    pair_id BIGINT NOT NULL REFERENCES pairs (id),
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    trigger_kind TEXT NOT NULL,
    consecutive_misses INTEGER NOT NULL,
    total_misses INTEGER NOT NULL,
    occurrence_id BIGINT NOT NULL REFERENCES session_occurrences (id),
    notified_at BIGINT NOT NULL,
    UNIQUE (pair_id, trigger_kind, occurrence_id)
);

-- The durable scheduler: one row per job (kind e.g. reminder, attendance_prompt), unique by dedupe_key so a
-- job is never created twice. A server instance claims a due job by moving it to running with a lease;
-- status: pending, running, done, skipped (stale after downtime), failed.
CREATE TABLE scheduled_jobs (
    id {{id}},
    kind TEXT NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    payload TEXT NOT NULL,
    due_at BIGINT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    lease_until BIGINT NOT NULL,
    claimed_by TEXT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX scheduled_jobs_due ON scheduled_jobs (status, due_at);

-- A person's private calendar subscription (/calendar/<secret>.ics). Only the digest of the secret is kept;
-- revoking sets revoked_at and the address answers 404 from then on.
CREATE TABLE calendar_feeds (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    secret_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX calendar_feeds_user ON calendar_feeds (user_id);

-- A mentee who keeps their participation confidential; calendar_details 1 when they chose to show the
-- pair's names and topics in invitations and feeds anyway (otherwise those say only "Upward session").
ALTER TABLE applications ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0;
ALTER TABLE applications ADD COLUMN calendar_details INTEGER NOT NULL DEFAULT 0;

-- An email may carry one iCalendar attachment: its METHOD (REQUEST, CANCEL) and the text/calendar body.
ALTER TABLE mail_outbox ADD COLUMN calendar_method TEXT;
ALTER TABLE mail_outbox ADD COLUMN calendar_body TEXT;

-- Private notes: readable by their author alone. Only ciphertext is stored (libsodium secretbox, base64),
-- with its nonce and the identifier of the key that sealed it; the key itself never enters the database.
CREATE TABLE session_notes (
    id {{id}},
    occurrence_id BIGINT NOT NULL REFERENCES session_occurrences (id),
    author_user_id BIGINT NOT NULL REFERENCES users (id),
    key_id TEXT NOT NULL,
    nonce TEXT NOT NULL,
    ciphertext TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (occurrence_id, author_user_id)
);

-- Shared between the two people of a pair. owner_side: mentee, mentor. status: open, done.
CREATE TABLE action_items (
    id {{id}},
    pair_id BIGINT NOT NULL REFERENCES pairs (id),
    occurrence_id BIGINT REFERENCES session_occurrences (id),
    title TEXT NOT NULL,
    owner_side TEXT NOT NULL,
    due_on TEXT,
    status TEXT NOT NULL,
    created_by BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    completed_at BIGINT
);
CREATE INDEX action_items_pair ON action_items (pair_id);

-- Progress on the goals of the agreement, as a history (one row per update) so stalled goals and trends
-- can be seen. goal_side: whose goals (mentee, mentor). percent 0 to 100.
CREATE TABLE goal_progress (
    id {{id}},
    pair_id BIGINT NOT NULL REFERENCES pairs (id),
    goal_side TEXT NOT NULL,
    percent INTEGER NOT NULL,
    comment TEXT NOT NULL,
    recorded_by BIGINT NOT NULL,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX goal_progress_pair ON goal_progress (pair_id, goal_side, recorded_at);

-- Ideas the senior takes away and what they did about them. status: planned, tried, adopted, dropped.
CREATE TABLE insights (
    id {{id}},
    pair_id BIGINT NOT NULL REFERENCES pairs (id),
    occurrence_id BIGINT REFERENCES session_occurrences (id),
    idea TEXT NOT NULL,
    status TEXT NOT NULL,
    outcome_note TEXT NOT NULL,
    created_by BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX insights_pair ON insights (pair_id);
