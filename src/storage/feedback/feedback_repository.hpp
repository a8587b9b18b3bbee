#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/records/feedback_records.hpp"
#include "domain/survey.hpp"
#include "domain/survey_results.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

/// What a pulse needs to know about an occurrence (session_occurrences, written by the sessions work).
struct OccurrenceFacts {
    long long id = 0;
    long long pair_id = 0;
    std::string status;
    std::string outcome;
    long long starts_at = 0;
};
std::optional<OccurrenceFacts> FindOccurrenceFacts(Connection& session, long long occurrence_id);
/// The `side`'s own attendance confirmation: took_place, or nullopt when they have not confirmed.
std::optional<bool> AttendanceTookPlace(Connection& session, long long occurrence_id, const std::string& side);

using domain::Pulse;
/// False when this side's pulse for the occurrence exists already.
bool InsertPulse(Connection& session, const Pulse& pulse);
std::optional<Pulse> FindPulse(Connection& session, long long occurrence_id, const std::string& side);

long long InsertSurvey(Connection& session, const domain::Survey& survey);
std::optional<domain::Survey> FindSurvey(Connection& session, long long survey_id);    // with questions
std::vector<domain::Survey> ListSurveys(Connection& session, long long programme_id);  // with questions
/// Writes title, status, opens_on, closes_on and updated_at.
void UpdateSurvey(Connection& session, const domain::Survey& survey);

long long InsertQuestion(Connection& session, const domain::SurveyQuestion& question);
/// Writes every field but the ids.
void UpdateQuestion(Connection& session, const domain::SurveyQuestion& question);

long long CountResponses(Connection& session, long long survey_id);
bool HasResponse(Connection& session, long long survey_id, long long pair_id, const std::string& side);
/// Stores a response and its answers and returns its id, or 0 (nothing stored) when (survey, pair, side) has one.
long long InsertResponse(Connection& session, long long survey_id, long long pair_id, const std::string& side,
                         long long respondent_user_id, const std::vector<domain::SurveyAnswer>& answers, long long now);

/// The answers of one side's response (the respondent reading their own).
std::vector<domain::SurveyAnswer> AnswersOf(Connection& session, long long survey_id, long long pair_id,
                                            const std::string& side);

/// The ratings (likert answers about the partner) that `side` of the pair gave in the survey.
struct PartnerRating {
    long long question_id = 0;
    std::string quality;
    int rating = 0;
};
std::vector<PartnerRating> RatingsGivenBy(Connection& session, long long survey_id, long long pair_id,
                                          const std::string& side);

/// Every answer to the survey with the respondent's side, department and grade: what aggregates need and
/// nothing more (no pair, no person, no time leaves this query).
std::vector<domain::ResultAnswer> LoadResultAnswers(Connection& session, long long survey_id);

/// A pair's id, programme, people (employee ids) and status.
struct PairPeople {
    long long id = 0;
    long long programme_id = 0;
    std::string mentee;
    std::string mentor;
    std::string status;
};
std::vector<PairPeople> ListPairsWithStatus(Connection& session, long long programme_id,
                                            const std::vector<std::string>& statuses);
/// Every pair, in any programme, in which `person` is the mentee or the mentor, with one of `statuses`.
std::vector<PairPeople> ListPairsOfPerson(Connection& session, const std::string& person,
                                          const std::vector<std::string>& statuses);

}  // namespace upward::storage
