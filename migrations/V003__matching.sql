-- Matching: what participants told the programme about themselves, the admin's constraints, each run's
-- proposals and reasons, and the pairs that come out of it. People are named by employee id (the
-- directory's key), so a profile survives re-imports of the directory.

-- One row per programme and person. The list columns use the profile import's own notation
-- (languages "en;fr", topics "AI tools:4;Social media:3", availability "mon 09:00-11:00;wed 14:00-16:00"
-- in the person's own time zone, preferences and ranking "E12;E40"), so a run reads each profile in one row.
CREATE TABLE match_profiles (
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    employee_id TEXT NOT NULL,
    side TEXT NOT NULL,
    languages TEXT NOT NULL,
    topics TEXT NOT NULL,
    availability TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    eligible INTEGER NOT NULL,
    preferences TEXT NOT NULL,
    ranking TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (programme_id, employee_id)
);

-- A pin forces a mentee's mentor (one per mentee); a forbid keeps a pair apart.
CREATE TABLE match_pins (
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    mentee TEXT NOT NULL,
    mentor TEXT NOT NULL,
    created_by BIGINT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (programme_id, mentee)
);

CREATE TABLE match_forbids (
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    mentee TEXT NOT NULL,
    mentor TEXT NOT NULL,
    created_by BIGINT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (programme_id, mentee, mentor)
);

-- One solve of a programme's pool. Scores are integer milli-points (100000 = a perfect pair).
-- rejected_pins is a JSON list of the pins the run could not honour, with the rule each breaks.
CREATE TABLE match_runs (
    id {{id}},
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    mode TEXT NOT NULL,
    created_by BIGINT,
    created_at BIGINT NOT NULL,
    duration_ms BIGINT NOT NULL,
    mentees INTEGER NOT NULL,
    mentors INTEGER NOT NULL,
    pair_count INTEGER NOT NULL,
    total_score BIGINT NOT NULL,
    rejected_pins TEXT NOT NULL,
    published_at BIGINT
);
CREATE INDEX match_runs_programme ON match_runs (programme_id, id);

-- source: solver, pin or swap (an admin's hand).
CREATE TABLE match_proposals (
    run_id BIGINT NOT NULL REFERENCES match_runs (id),
    mentee TEXT NOT NULL,
    mentor TEXT NOT NULL,
    score INTEGER NOT NULL,
    topics_score INTEGER NOT NULL,
    availability_score INTEGER NOT NULL,
    timezone_score INTEGER NOT NULL,
    cross_department_score INTEGER NOT NULL,
    preference_score INTEGER NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (run_id, mentee)
);

-- reason is a stable code (not_eligible, no_eligible_candidate, forbidden_by_admin, all_candidates_taken,
-- not_selected, not_in_directory); detail says it in words.
CREATE TABLE match_unmatched (
    run_id BIGINT NOT NULL REFERENCES match_runs (id),
    employee_id TEXT NOT NULL,
    side TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (run_id, employee_id)
);

-- A mentee's request to a mentor in a self-selected programme: pending, accepted, declined or withdrawn.
CREATE TABLE match_requests (
    id {{id}},
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    mentee TEXT NOT NULL,
    mentor TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    answered_at BIGINT
);
CREATE INDEX match_requests_programme ON match_requests (programme_id, mentee);

-- A proposed pairing becomes active once both the mentee and the mentor accept it.
-- status: proposed, active, declined, ended. run_id or request_id tell where it came from.
CREATE TABLE pairs (
    id {{id}},
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    mentee TEXT NOT NULL,
    mentor TEXT NOT NULL,
    status TEXT NOT NULL,
    run_id BIGINT REFERENCES match_runs (id),
    request_id BIGINT REFERENCES match_requests (id),
    score INTEGER,
    mentee_accepted_at BIGINT,
    mentor_accepted_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX pairs_programme ON pairs (programme_id, status);
CREATE INDEX pairs_mentee ON pairs (mentee);
CREATE INDEX pairs_mentor ON pairs (mentor);
