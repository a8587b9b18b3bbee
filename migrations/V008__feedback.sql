-- Feedback and outcomes: pulses after each held session, the mid-point and closing surveys, and the admin's
-- record of programme corrections.

-- One pulse per person per occurrence: how useful (1 to 5) and an optional comment.
CREATE TABLE session_pulses (
    occurrence_id BIGINT NOT NULL REFERENCES session_occurrences (id),
    side TEXT NOT NULL,
    pair_id BIGINT NOT NULL REFERENCES pairs (id),
    usefulness INTEGER NOT NULL,
    comment TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    PRIMARY KEY (occurrence_id, side)
);
CREATE INDEX session_pulses_pair ON session_pulses (pair_id, submitted_at);

-- A programme's surveys. kind: midpoint, closing. status: draft, open, closed. opens_on/closes_on are dates.
CREATE TABLE surveys (
    id {{id}},
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (programme_id, kind)
);

-- audience: mentor, mentee (who is asked). answer_type: likert (1-5), recommend (0-10), choice, text.
-- subject: partner (about the other person; quality names which of the seed's qualities), self (a topic
-- self-assessment; topic and phase before/after), programme (about the programme itself).
-- choices is a JSON list for answer_type choice.
CREATE TABLE survey_questions (
    id {{id}},
    survey_id BIGINT NOT NULL REFERENCES surveys (id),
    position INTEGER NOT NULL,
    audience TEXT NOT NULL,
    answer_type TEXT NOT NULL,
    subject TEXT NOT NULL,
    quality TEXT,
    topic TEXT,
    phase TEXT,
    prompt TEXT NOT NULL,
    choices TEXT NOT NULL,
    required INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX survey_questions_survey ON survey_questions (survey_id, position);

-- One response per survey, pair and side. The respondent is kept only to stop double answers and to let
-- them see their own response; no query that leaves the service joins it to an answer about the partner.
CREATE TABLE survey_responses (
    id {{id}},
    survey_id BIGINT NOT NULL REFERENCES surveys (id),
    pair_id BIGINT NOT NULL REFERENCES pairs (id),
    side TEXT NOT NULL,
    respondent_user_id BIGINT NOT NULL REFERENCES users (id),
    submitted_at BIGINT NOT NULL,
    UNIQUE (survey_id, pair_id, side)
);

-- The answers of one response: number for likert and recommend, choice or text otherwise.
CREATE TABLE survey_answers (
    response_id BIGINT NOT NULL REFERENCES survey_responses (id),
    question_id BIGINT NOT NULL REFERENCES survey_questions (id),
    number_value INTEGER,
    choice_value TEXT,
    text_value TEXT,
    PRIMARY KEY (response_id, question_id)
);
CREATE INDEX survey_answers_question ON survey_answers (question_id);

-- What an admin changed in a programme, why, and from when (effective_on, a date), so the health report
-- can show the figures before and after.
CREATE TABLE programme_corrections (
    id {{id}},
    programme_id BIGINT NOT NULL REFERENCES programmes (id),
    effective_on TEXT NOT NULL,
    what_changed TEXT NOT NULL,
    reason TEXT NOT NULL,
    recorded_by BIGINT NOT NULL,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX programme_corrections_programme ON programme_corrections (programme_id, effective_on);
