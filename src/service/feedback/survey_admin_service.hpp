#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/roles.hpp"
#include "domain/survey.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// What an admin may change on a survey; absent fields stay as they are.
struct SurveyPatch {
    std::optional<std::string> title;
    std::optional<std::string> opens_on;
    std::optional<std::string> closes_on;
};

/// What an admin may change on a question; absent fields stay as they are.
struct QuestionPatch {
    std::optional<std::string> prompt;
    std::optional<std::string> answer_type;
    std::optional<std::string> audience;
    std::optional<std::vector<std::string>> choices;
    std::optional<bool> required;
    std::optional<bool> archived;
};

/// A survey as the admin sees it, with how many responses it has (never whose).
struct SurveyAdminView {
    domain::Survey survey;
    long long responses = 0;
};

/// A programme's mid-point and closing surveys as its admin runs them (issue 6, item 2). Every programme has
/// both, created with the default questions the first time an admin lists them (or asks for the defaults).
/// Questions are added and edited only while the survey has no responses (answers must mean what was asked);
/// archiving and reordering are always allowed. Opening a survey emails each person of an active pair a link
/// to their form ("survey-invite:<survey>:<employee id>", once per survey and person).
///
/// Admins do everything; sponsors only list (Forbidden otherwise); participants are Forbidden.
class SurveyAdminService {
public:
    SurveyAdminService(storage::Database& database, const Clock& clock, std::string public_url)
        : database_(database), clock_(clock), public_url_(std::move(public_url)) {}

    std::vector<SurveyAdminView> List(const domain::Caller& caller, long long programme_id);
    std::vector<SurveyAdminView> EnsureDefaults(const domain::Caller& caller, long long programme_id);
    SurveyAdminView Get(const domain::Caller& caller, long long programme_id, long long survey_id);
    /// InvalidInput naming the field for an empty title or a date that is not YYYY-MM-DD, or closes before it opens.
    SurveyAdminView Update(const domain::Caller& caller, long long programme_id, long long survey_id,
                           const SurveyPatch& patch);
    /// Opens a draft or closed survey and queues the invitations; returns the view and how many were queued now.
    std::pair<SurveyAdminView, int> Open(const domain::Caller& caller, long long programme_id, long long survey_id);
    SurveyAdminView Close(const domain::Caller& caller, long long programme_id, long long survey_id);
    SurveyAdminView AddQuestion(const domain::Caller& caller, long long programme_id, long long survey_id,
                                domain::SurveyQuestion question);
    SurveyAdminView EditQuestion(const domain::Caller& caller, long long programme_id, long long survey_id,
                                 long long question_id, const QuestionPatch& patch);
    /// `question_ids` lists every question of the survey exactly once, in the new order.
    SurveyAdminView Reorder(const domain::Caller& caller, long long programme_id, long long survey_id,
                            const std::vector<long long>& question_ids);

private:
    storage::Database& database_;
    const Clock& clock_;
    std::string public_url_;
};

}  // namespace upward::service
