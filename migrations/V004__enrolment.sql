-- Enrolment (invitations, applications), screening of mentors, training, ground rules and the pair
-- agreement: lifecycle stages 3 to 7. People are named by employee id, accounts by user id.

-- Programme settings for these stages. application_deadline is YYYY-MM-DD (inclusive) or NULL for none.
-- require_training: every participant passes their role's modules before matching.
-- require_mentor_approval: a mentor is matched only once screening approved them.
ALTER TABLE programmes ADD COLUMN application_deadline TEXT;
ALTER TABLE programmes ADD COLUMN require_training INTEGER NOT NULL DEFAULT 0;
ALTER TABLE programmes ADD COLUMN require_mentor_approval INTEGER NOT NULL DEFAULT 1;

-- An invitation to apply as mentor or mentee. Only the BLAKE2b digest of the link's token is stored.
-- status: pending, accepted, revoked. A token is single-use (accepted_at) and expires (expires_at).
CREATE TABLE invitations (
    id {{id}},
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    employee_id TEXT NOT NULL,
    email TEXT NOT NULL,
    side TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    invited_by BIGINT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT,
    accepted_user_id BIGINT
);
CREATE INDEX invitations_programme ON invitations (programme_id, employee_id);

-- One application per programme and person. topics is JSON: mentors [{"topic","level","evidence"}],
-- mentees [{"topic","priority"}]. languages and availability use the match profile notation ("en;fr",
-- "mon 09:00-11:00;wed 14:00-16:00" in the person's own zone). screening_answers is JSON
-- [{"question_id","answer"}]. status: submitted, approved, wait_listed, declined, withdrawn
-- (mentee applications are approved on submit: screening is for mentors).
CREATE TABLE applications (
    id {{id}},
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    employee_id TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    side TEXT NOT NULL,
    status TEXT NOT NULL,
    topics TEXT NOT NULL,
    languages TEXT NOT NULL,
    availability TEXT NOT NULL,
    motivation TEXT NOT NULL,
    goals TEXT NOT NULL,
    screening_answers TEXT NOT NULL,
    decision_reason TEXT,
    decided_by BIGINT,
    decided_at BIGINT,
    submitted_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (programme_id, employee_id)
);
CREATE INDEX applications_status ON applications (programme_id, side, status);

-- The mentor screening questionnaire of a programme; quality is one of patience, temperament, listening,
-- expertise (or another word the admin chose).
CREATE TABLE screening_questions (
    id {{id}},
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    position INTEGER NOT NULL,
    quality TEXT NOT NULL,
    prompt TEXT NOT NULL
);
CREATE INDEX screening_questions_programme ON screening_questions (programme_id, position);

-- Named reviewers of a programme's mentor applications (admins review every programme).
CREATE TABLE programme_reviewers (
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (programme_id, user_id)
);

-- A reviewer's scorecard: scores is JSON {"patience":1..5, ...}; recommendation approve, wait_list or decline.
CREATE TABLE screening_reviews (
    application_id BIGINT NOT NULL REFERENCES applications (id),
    reviewer_user_id BIGINT NOT NULL REFERENCES users (id),
    scores TEXT NOT NULL,
    recommendation TEXT NOT NULL,
    comment TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (application_id, reviewer_user_id)
);

-- Training modules per programme and role (mentor or mentee), written in Markdown. quiz is JSON
-- [{"question","options":[...],"answer":index}]; pass_mark is the percentage of right answers needed.
CREATE TABLE training_modules (
    id {{id}},
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    body_markdown TEXT NOT NULL,
    quiz TEXT NOT NULL,
    pass_mark INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX training_modules_programme ON training_modules (programme_id, role, position);

-- Every quiz attempt; answers is JSON [index, ...]; score is the percentage right.
CREATE TABLE training_attempts (
    id {{id}},
    module_id BIGINT NOT NULL REFERENCES training_modules (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    answers TEXT NOT NULL,
    score INTEGER NOT NULL,
    passed INTEGER NOT NULL,
    attempted_at BIGINT NOT NULL
);
CREATE INDEX training_attempts_user ON training_attempts (user_id, module_id);

-- A participant's acknowledgement of the programme's ground rules; rules_digest is the digest of the text
-- they acknowledged, so changed rules are acknowledged again.
CREATE TABLE ground_rule_acknowledgements (
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    rules_digest TEXT NOT NULL,
    acknowledged_at BIGINT NOT NULL,
    PRIMARY KEY (programme_id, user_id)
);

-- Who declined a proposed pair (mentee or mentor) and their private reason, which only admins read.
ALTER TABLE pairs ADD COLUMN declined_by TEXT;
ALTER TABLE pairs ADD COLUMN decline_reason TEXT;

-- The agreement of a pair both people accepted: goals for both, topics in scope (JSON list), cadence and
-- the confidentiality statement. Editing it clears both signatures; the pair is active once both signed.
CREATE TABLE pair_agreements (
    pair_id BIGINT PRIMARY KEY REFERENCES pairs (id),
    mentee_goals TEXT NOT NULL,
    mentor_goals TEXT NOT NULL,
    topics TEXT NOT NULL,
    cadence_days INTEGER NOT NULL,
    confidentiality_statement TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_by BIGINT,
    updated_at BIGINT NOT NULL,
    mentee_signed_at BIGINT,
    mentor_signed_at BIGINT
);
