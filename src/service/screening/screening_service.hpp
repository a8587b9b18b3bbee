#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/application.hpp"
#include "domain/person.hpp"
#include "domain/records/screening_records.hpp"
#include "domain/roles.hpp"
#include "domain/screening.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// An applicant's own screening: the questions, their answers and, once decided, the outcome and its reason.
/// Never scorecards, reviewer names or anything about other applicants.
struct MyScreening {
    std::vector<domain::ScreeningQuestion> questions;
    std::optional<domain::Application> application;  // absent until they applied
    std::vector<domain::ScreeningAnswer> answers;
    /// Answers may change: applied as mentor, not decided yet, and the application deadline not passed.
    bool editable = false;
};

/// One question with the applicant's answer; quality and prompt are empty for a question removed since.
struct AnsweredQuestion {
    long long question_id = 0;
    std::string quality;
    std::string prompt;
    std::string answer;
};

/// One mentor application as a reviewer's queue shows it.
struct QueueEntry {
    domain::Application application;
    std::optional<domain::Person> person;  // absent when the directory no longer has them
    domain::ScoreSummary scores;
    bool answered = false;        // every current question has an answer
    bool reviewed_by_me = false;  // the caller has a scorecard on it
};

enum class QueueFilter { kAwaitingDecision, kDecided, kAll };

struct ReviewQueue {
    std::vector<std::string> qualities;
    std::vector<QueueEntry> items;
    /// Applications left out because the caller may not review them (their own, or their reporting line).
    long long withheld = 0;
};

/// One application in full for a reviewer: profile, answers, scorecards and what the caller may do.
struct ApplicationScreening {
    domain::Application application;
    std::optional<domain::Person> person;
    std::vector<std::string> qualities;
    std::vector<AnsweredQuestion> answers;
    /// Admins read every scorecard; a named reviewer reads only their own (the summary covers all), so
    /// reviewers score independently.
    std::vector<domain::ScreeningReview> reviews;
    domain::ScoreSummary scores;
    bool can_review = false;
    bool can_decide = false;
    std::string decided_by_name;   // for admins only
    long long viewer_user_id = 0;  // the caller, so each scorecard can say whether it is theirs
};

struct AddedReviewer {
    domain::ProgrammeReviewer reviewer;
    bool added = false;  // false when they were a reviewer already
};

struct DecisionResult {
    domain::Application application;
    bool mail_queued = false;
};

/// Screening of mentor applications (issue 4 item 2).
///
/// Who may do what:
/// - Admins write the questionnaire, name reviewers, review every programme and decide. Deciding is theirs
///   alone: a decision changes who may be matched and is what the programme answers for, so named reviewers
///   score and recommend, and the programme admin decides.
/// - Named reviewers (existing accounts an admin added to the programme) read the programme's queue and its
///   mentor applications and write their own scorecard. Other programmes' applications are NotFound to them.
/// - Nobody reviews or decides their own application or one from their reporting line (either manager chain
///   contains the other): Forbidden with the reason, and such applications are left out of their queue.
/// - A mentor applicant reads the questionnaire, answers it until a decision (or the application deadline),
///   and reads their own outcome and its reason; never scorecards, reviewers or other applicants.
/// - Sponsors see nothing individual: every screening call is Forbidden to them. Accounts that are neither
///   members nor reviewers of the programme get NotFound.
class ScreeningService {
public:
    /// `public_url` is where people open the web UI, for the link in decision emails.
    ScreeningService(storage::Database& database, const Clock& clock, std::string public_url = "")
        : database_(database), clock_(clock), public_url_(std::move(public_url)) {}

    /// The programme's questionnaire (admins, its reviewers and its members). A programme without one gets
    /// the default questionnaire, stored on this first read.
    std::vector<domain::ScreeningQuestion> Questions(const domain::Caller& caller, long long programme_id);
    /// Admins: replaces the questionnaire (see storage::ReplaceScreeningQuestions for ids).
    std::vector<domain::ScreeningQuestion> ReplaceQuestions(const domain::Caller& caller, long long programme_id,
                                                            std::vector<domain::ScreeningQuestion> questions);

    /// The caller's own screening as a mentor of the programme.
    MyScreening Mine(const domain::Caller& caller, long long programme_id);
    /// The caller's answers to the questionnaire; Conflict before they applied, after a decision, after the
    /// application deadline, or for a mentee application.
    MyScreening SaveMyAnswers(const domain::Caller& caller, long long programme_id,
                              std::vector<domain::ScreeningAnswer> answers);

    // Named reviewers (admins).
    std::vector<domain::ProgrammeReviewer> Reviewers(const domain::Caller& caller, long long programme_id);
    /// Names the account with `email` a reviewer of the programme. InvalidInput naming "email" for an unknown,
    /// disabled, sponsor or admin account (admins review every programme already).
    AddedReviewer AddReviewer(const domain::Caller& caller, long long programme_id, const std::string& email);
    /// NotFound when the account is not a reviewer of the programme. Their scorecards stay.
    void RemoveReviewer(const domain::Caller& caller, long long programme_id, long long user_id);
    /// The programmes the caller screens: every programme for admins, the ones they were named for otherwise.
    std::vector<domain::ReviewedProgramme> ReviewedProgrammes(const domain::Caller& caller);

    // Reviewing.
    ReviewQueue Queue(const domain::Caller& caller, long long programme_id, QueueFilter filter);
    ApplicationScreening Application(const domain::Caller& caller, long long programme_id, long long application_id);
    /// The caller's scorecard of the application, created or replaced; Conflict once it is decided.
    domain::ScreeningReview SaveReview(const domain::Caller& caller, long long programme_id, long long application_id,
                                       domain::Scorecard scorecard);

    /// Admins: approve, wait-list or decline with a reason. In one transaction: the application's status and
    /// decision, the applicant's eligibility for matching, an email to the applicant with the outcome and the
    /// reason (queued once per application and outcome), and the audit entry.
    DecisionResult Decide(const domain::Caller& caller, long long programme_id, long long application_id,
                          domain::ScreeningOutcome outcome, const std::string& reason);

private:
    storage::Database& database_;
    const Clock& clock_;
    std::string public_url_;
};

}  // namespace upward::service
