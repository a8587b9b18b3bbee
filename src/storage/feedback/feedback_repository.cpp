#include "storage/feedback/feedback_repository.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

constexpr const char* kQuestionSelect =
    "SELECT id, survey_id, position, audience, answer_type, subject, quality, topic, phase, prompt, choices, required, "
    "archived FROM survey_questions";

domain::SurveyQuestion ReadQuestion(const soci::row& row) {
    domain::SurveyQuestion question;
    question.id = IntColumn(row, "id");
    question.survey_id = IntColumn(row, "survey_id");
    question.position = static_cast<int>(IntColumn(row, "position"));
    question.audience = TextColumn(row, "audience");
    question.answer_type = TextColumn(row, "answer_type");
    question.subject = TextColumn(row, "subject");
    question.quality = TextColumn(row, "quality");
    question.topic = TextColumn(row, "topic");
    question.phase = TextColumn(row, "phase");
    question.prompt = TextColumn(row, "prompt");
    const auto choices = nlohmann::json::parse(TextColumn(row, "choices"), nullptr, false);
    if (choices.is_array()) {
        for (const auto& choice : choices) {
            if (choice.is_string()) question.choices.push_back(choice.get<std::string>());
        }
    }
    question.required = IntColumn(row, "required") != 0;
    question.archived = IntColumn(row, "archived") != 0;
    return question;
}

domain::Survey ReadSurvey(const soci::row& row) {
    domain::Survey survey;
    survey.id = IntColumn(row, "id");
    survey.programme_id = IntColumn(row, "programme_id");
    survey.kind = TextColumn(row, "kind");
    survey.title = TextColumn(row, "title");
    survey.status = TextColumn(row, "status");
    survey.opens_on = TextColumn(row, "opens_on");
    survey.closes_on = TextColumn(row, "closes_on");
    survey.created_at = IntColumn(row, "created_at");
    survey.updated_at = IntColumn(row, "updated_at");
    return survey;
}

std::vector<domain::SurveyQuestion> QuestionsOf(Connection& session, long long survey_id) {
    std::vector<domain::SurveyQuestion> questions;
    soci::rowset<soci::row> rows =
        (session.prepare << std::string(kQuestionSelect) + " WHERE survey_id = :s ORDER BY position, id",
         soci::use(survey_id));
    for (const auto& row : rows) questions.push_back(ReadQuestion(row));
    return questions;
}

std::string ChoicesJson(const std::vector<std::string>& choices) { return nlohmann::json(choices).dump(); }

}  // namespace

std::optional<OccurrenceFacts> FindOccurrenceFacts(Connection& session, long long occurrence_id) {
    soci::rowset<soci::row> rows = (session.prepare << "SELECT id, pair_id, status, outcome, starts_at FROM "
                                                       "session_occurrences WHERE id = :id",
                                    soci::use(occurrence_id));
    for (const auto& row : rows) {
        return OccurrenceFacts{IntColumn(row, "id"), IntColumn(row, "pair_id"), TextColumn(row, "status"),
                               TextColumn(row, "outcome"), IntColumn(row, "starts_at")};
    }
    return std::nullopt;
}

std::optional<bool> AttendanceTookPlace(Connection& session, long long occurrence_id, const std::string& side) {
    soci::rowset<soci::row> rows = (session.prepare << "SELECT took_place FROM session_attendance WHERE "
                                                       "occurrence_id = :o AND side = :s",
                                    soci::use(occurrence_id), soci::use(side));
    for (const auto& row : rows) return IntColumn(row, "took_place") != 0;
    return std::nullopt;
}

bool InsertPulse(Connection& session, const Pulse& pulse) {
    // ON CONFLICT rather than a read first: two answers sent at once (PostgreSQL runs them side by side) must
    // end as one stored pulse and one refusal, not as a unique-key error.
    long long stored = 0;
    session << "INSERT INTO session_pulses (occurrence_id, side, pair_id, usefulness, comment, submitted_at) "
               "VALUES (:o, :s, :p, :u, :c, :t) ON CONFLICT (occurrence_id, side) DO NOTHING RETURNING occurrence_id",
        soci::use(pulse.occurrence_id), soci::use(pulse.side), soci::use(pulse.pair_id), soci::use(pulse.usefulness),
        soci::use(pulse.comment), soci::use(pulse.submitted_at), soci::into(stored);
    return session.got_data();
}

std::optional<Pulse> FindPulse(Connection& session, long long occurrence_id, const std::string& side) {
    soci::rowset<soci::row> rows = (session.prepare << "SELECT occurrence_id, side, pair_id, usefulness, comment, "
                                                       "submitted_at FROM session_pulses WHERE occurrence_id = :o "
                                                       "AND side = :s",
                                    soci::use(occurrence_id), soci::use(side));
    for (const auto& row : rows) {
        return Pulse{IntColumn(row, "occurrence_id"), TextColumn(row, "side"),
                     IntColumn(row, "pair_id"),       static_cast<int>(IntColumn(row, "usefulness")),
                     TextColumn(row, "comment"),      IntColumn(row, "submitted_at")};
    }
    return std::nullopt;
}

long long InsertSurvey(Connection& session, const domain::Survey& survey) {
    long long id = 0;
    session << "INSERT INTO surveys (programme_id, kind, title, status, opens_on, closes_on, created_at, updated_at) "
               "VALUES (:p, :k, :t, :s, :o, :c, :created, :updated) RETURNING id",
        soci::use(survey.programme_id), soci::use(survey.kind), soci::use(survey.title), soci::use(survey.status),
        soci::use(survey.opens_on), soci::use(survey.closes_on), soci::use(survey.created_at),
        soci::use(survey.updated_at), soci::into(id);
    return id;
}

std::optional<domain::Survey> FindSurvey(Connection& session, long long survey_id) {
    std::optional<domain::Survey> survey;
    {
        soci::rowset<soci::row> rows =
            (session.prepare << "SELECT * FROM surveys WHERE id = :id", soci::use(survey_id));
        for (const auto& row : rows) survey = ReadSurvey(row);
    }
    if (survey) survey->questions = QuestionsOf(session, survey->id);
    return survey;
}

std::vector<domain::Survey> ListSurveys(Connection& session, long long programme_id) {
    std::vector<domain::Survey> surveys;
    {
        soci::rowset<soci::row> rows = (session.prepare << "SELECT * FROM surveys WHERE programme_id = :p ORDER BY "
                                                           "opens_on, id",
                                        soci::use(programme_id));
        for (const auto& row : rows) surveys.push_back(ReadSurvey(row));
    }
    for (auto& survey : surveys) survey.questions = QuestionsOf(session, survey.id);
    return surveys;
}

void UpdateSurvey(Connection& session, const domain::Survey& survey) {
    session
        << "UPDATE surveys SET title = :t, status = :s, opens_on = :o, closes_on = :c, updated_at = :u WHERE id = :id",
        soci::use(survey.title), soci::use(survey.status), soci::use(survey.opens_on), soci::use(survey.closes_on),
        soci::use(survey.updated_at), soci::use(survey.id);
}

long long InsertQuestion(Connection& session, const domain::SurveyQuestion& q) {
    const auto choices = ChoicesJson(q.choices);
    const int required = q.required ? 1 : 0;
    const int archived = q.archived ? 1 : 0;
    soci::indicator quality_ind = NullIfEmpty(q.quality), topic_ind = NullIfEmpty(q.topic),
                    phase_ind = NullIfEmpty(q.phase);
    long long id = 0;
    session
        << "INSERT INTO survey_questions (survey_id, position, audience, answer_type, subject, quality, topic, phase, "
           "prompt, choices, required, archived) VALUES (:s, :pos, :aud, :type, :subj, :quality, :topic, :phase, "
           ":prompt, :choices, :req, :arch) RETURNING id",
        soci::use(q.survey_id), soci::use(q.position), soci::use(q.audience), soci::use(q.answer_type),
        soci::use(q.subject), soci::use(q.quality, quality_ind), soci::use(q.topic, topic_ind),
        soci::use(q.phase, phase_ind), soci::use(q.prompt), soci::use(choices), soci::use(required),
        soci::use(archived), soci::into(id);
    return id;
}

void UpdateQuestion(Connection& session, const domain::SurveyQuestion& q) {
    const auto choices = ChoicesJson(q.choices);
    const int required = q.required ? 1 : 0;
    const int archived = q.archived ? 1 : 0;
    soci::indicator quality_ind = NullIfEmpty(q.quality), topic_ind = NullIfEmpty(q.topic),
                    phase_ind = NullIfEmpty(q.phase);
    session << "UPDATE survey_questions SET position = :pos, audience = :aud, answer_type = :type, subject = :subj, "
               "quality = :quality, topic = :topic, phase = :phase, prompt = :prompt, choices = :choices, "
               "required = :req, archived = :arch WHERE id = :id",
        soci::use(q.position), soci::use(q.audience), soci::use(q.answer_type), soci::use(q.subject),
        soci::use(q.quality, quality_ind), soci::use(q.topic, topic_ind), soci::use(q.phase, phase_ind),
        soci::use(q.prompt), soci::use(choices), soci::use(required), soci::use(archived), soci::use(q.id);
}

long long CountResponses(Connection& session, long long survey_id) {
    long long count = 0;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT COUNT(*) AS n FROM survey_responses WHERE survey_id = :s", soci::use(survey_id));
    for (const auto& row : rows) count = IntColumn(row, "n");
    return count;
}

bool HasResponse(Connection& session, long long survey_id, long long pair_id, const std::string& side) {
    soci::rowset<soci::row> rows = (session.prepare << "SELECT id FROM survey_responses WHERE survey_id = :s AND "
                                                       "pair_id = :p AND side = :side",
                                    soci::use(survey_id), soci::use(pair_id), soci::use(side));
    return rows.begin() != rows.end();
}

long long InsertResponse(Connection& session, long long survey_id, long long pair_id, const std::string& side,
                         long long respondent_user_id, const std::vector<domain::SurveyAnswer>& answers,
                         long long now) {
    long long id = 0;
    session << "INSERT INTO survey_responses (survey_id, pair_id, side, respondent_user_id, submitted_at) VALUES "
               "(:s, :p, :side, :u, :t) ON CONFLICT (survey_id, pair_id, side) DO NOTHING RETURNING id",
        soci::use(survey_id), soci::use(pair_id), soci::use(side), soci::use(respondent_user_id), soci::use(now),
        soci::into(id);
    if (!session.got_data()) return 0;  // answered at the same moment by another request: that one stands
    for (const auto& answer : answers) {
        int number = answer.number.value_or(0);
        soci::indicator number_ind = answer.number ? soci::i_ok : soci::i_null;
        soci::indicator choice_ind = NullIfEmpty(answer.choice), text_ind = NullIfEmpty(answer.text);
        session << "INSERT INTO survey_answers (response_id, question_id, number_value, choice_value, text_value) "
                   "VALUES (:r, :q, :n, :c, :t)",
            soci::use(id), soci::use(answer.question_id), soci::use(number, number_ind),
            soci::use(answer.choice, choice_ind), soci::use(answer.text, text_ind);
    }
    return id;
}

std::vector<domain::SurveyAnswer> AnswersOf(Connection& session, long long survey_id, long long pair_id,
                                            const std::string& side) {
    std::vector<domain::SurveyAnswer> answers;
    soci::rowset<soci::row> rows =
        (session.prepare
             << "SELECT a.question_id, a.number_value, a.choice_value, a.text_value FROM survey_responses r "
                "JOIN survey_answers a ON a.response_id = r.id WHERE r.survey_id = :s AND r.pair_id = :p "
                "AND r.side = :side ORDER BY a.question_id",
         soci::use(survey_id), soci::use(pair_id), soci::use(side));
    for (const auto& row : rows) {
        domain::SurveyAnswer answer;
        answer.question_id = IntColumn(row, "question_id");
        if (const auto number = OptionalIntColumn(row, "number_value")) answer.number = static_cast<int>(*number);
        answer.choice = TextColumn(row, "choice_value");
        answer.text = TextColumn(row, "text_value");
        answers.push_back(std::move(answer));
    }
    return answers;
}

std::vector<PartnerRating> RatingsGivenBy(Connection& session, long long survey_id, long long pair_id,
                                          const std::string& side) {
    std::vector<PartnerRating> ratings;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT q.id AS question_id, q.quality, a.number_value FROM survey_responses r "
                            "JOIN survey_answers a ON a.response_id = r.id "
                            "JOIN survey_questions q ON q.id = a.question_id "
                            "WHERE r.survey_id = :s AND r.pair_id = :p AND r.side = :side AND q.subject = 'partner' "
                            "AND q.answer_type = 'likert' AND q.archived = 0 AND a.number_value IS NOT NULL "
                            "ORDER BY q.position, q.id",
         soci::use(survey_id), soci::use(pair_id), soci::use(side));
    for (const auto& row : rows) {
        ratings.push_back({IntColumn(row, "question_id"), TextColumn(row, "quality"),
                           static_cast<int>(IntColumn(row, "number_value"))});
    }
    return ratings;
}

std::vector<domain::ResultAnswer> LoadResultAnswers(Connection& session, long long survey_id) {
    std::vector<domain::ResultAnswer> answers;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT a.question_id, r.side, person.department, person.grade, a.number_value, "
                            "a.choice_value, a.text_value FROM survey_responses r "
                            "JOIN survey_answers a ON a.response_id = r.id "
                            "JOIN pairs p ON p.id = r.pair_id "
                            "LEFT JOIN people person ON person.employee_id = "
                            "(CASE WHEN r.side = 'mentor' THEN p.mentor ELSE p.mentee END) "
                            "WHERE r.survey_id = :s ORDER BY a.question_id",
         soci::use(survey_id));
    for (const auto& row : rows) {
        domain::ResultAnswer answer;
        answer.question_id = IntColumn(row, "question_id");
        answer.side = TextColumn(row, "side");
        answer.department = TextColumn(row, "department");
        answer.grade = IntColumn(row, "grade");
        if (const auto number = OptionalIntColumn(row, "number_value")) answer.number = static_cast<int>(*number);
        answer.choice = TextColumn(row, "choice_value");
        answer.text = TextColumn(row, "text_value");
        answers.push_back(std::move(answer));
    }
    return answers;
}

namespace {

std::vector<PairPeople> PairsWithStatus(soci::rowset<soci::row>& rows, const std::vector<std::string>& statuses) {
    std::vector<PairPeople> pairs;
    for (const auto& row : rows) {
        PairPeople pair{IntColumn(row, "id"), IntColumn(row, "programme_id"), TextColumn(row, "mentee"),
                        TextColumn(row, "mentor"), TextColumn(row, "status")};
        if (std::find(statuses.begin(), statuses.end(), pair.status) != statuses.end()) pairs.push_back(pair);
    }
    return pairs;
}

}  // namespace

std::vector<PairPeople> ListPairsWithStatus(Connection& session, long long programme_id,
                                            const std::vector<std::string>& statuses) {
    soci::rowset<soci::row> rows = (session.prepare << "SELECT id, programme_id, mentee, mentor, status FROM pairs "
                                                       "WHERE programme_id = :p ORDER BY id",
                                    soci::use(programme_id));
    return PairsWithStatus(rows, statuses);
}

std::vector<PairPeople> ListPairsOfPerson(Connection& session, const std::string& person,
                                          const std::vector<std::string>& statuses) {
    soci::rowset<soci::row> rows = (session.prepare << "SELECT id, programme_id, mentee, mentor, status FROM pairs "
                                                       "WHERE mentee = :a OR mentor = :b ORDER BY id",
                                    soci::use(person), soci::use(person));
    return PairsWithStatus(rows, statuses);
}

}  // namespace upward::storage
