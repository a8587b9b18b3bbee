#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/match_profile.hpp"
#include "domain/person.hpp"
#include "domain/programme.hpp"

namespace upward::domain {

/// submitted → (screening) approved | wait_listed | declined; any → withdrawn by the applicant.
/// Mentee applications are approved on submit: screening is for mentors.
enum class ApplicationStatus { kSubmitted, kApproved, kWaitListed, kDeclined, kWithdrawn };

std::string_view ToString(ApplicationStatus status);
std::optional<ApplicationStatus> ParseApplicationStatus(std::string_view text);

/// A topic of an application. Mentors fill `level` (1..5, what they can teach) and `evidence` (one line
/// saying why); mentees fill `priority` (1..5, 5 = matters most).
struct ApplicationTopic {
    std::string topic;
    int level = 0;
    std::string evidence;
    int priority = 0;
};

/// What the applicant writes; everything else on an application is bookkeeping.
struct ApplicationAnswers {
    std::vector<ApplicationTopic> topics;
    /// Lower-case codes such as "en", "pt-br", sorted, each once.
    std::vector<std::string> languages;
    /// Weekly slots in the applicant's own time zone (the directory's).
    std::vector<AvailabilitySlot> availability;
    std::string motivation;
    /// Their own learning goals: mentees what they want to learn, mentors what they want to develop
    /// (leadership, communication).
    std::string goals;
};

/// A topic as the applicant wrote it. Mentors give `level` and `evidence`, mentees `priority`; the fields of the
/// other side are refused by CheckApplicationAnswers.
struct ApplicationTopicInput {
    std::string topic;
    std::optional<int> level;
    std::optional<std::string> evidence;
    std::optional<int> priority;
};

/// What an applicant sent, read from its source (types, lengths and slot shapes checked) but not yet checked
/// against the programme and the side they joined on.
struct ApplicationAnswersInput {
    /// The side the applicant believes they joined on, when they said.
    std::optional<Side> side;
    std::vector<ApplicationTopicInput> topics;
    std::vector<std::string> languages;
    std::vector<AvailabilitySlot> availability;
    std::string motivation;
    std::string goals;
};

/// An applicant's answer to one question of the programme's screening questionnaire.
struct ScreeningAnswer {
    long long question_id = 0;
    std::string answer;
};

struct Application {
    long long id = 0;
    long long programme_id = 0;
    std::string employee_id;
    long long user_id = 0;
    Side side = Side::kMentee;
    ApplicationStatus status = ApplicationStatus::kSubmitted;
    ApplicationAnswers answers;
    /// Written by the screening questionnaire (mentors only).
    std::vector<ScreeningAnswer> screening_answers;
    std::string decision_reason;
    std::optional<long long> decided_by;
    std::optional<long long> decided_at;
    long long submitted_at = 0;
    long long updated_at = 0;
};

inline constexpr std::size_t kMaxMotivationLength = 1000;
inline constexpr std::size_t kMaxGoalsLength = 2000;
inline constexpr std::size_t kMaxEvidenceLength = 300;
inline constexpr std::size_t kMaxApplicationTopics = 20;
inline constexpr std::size_t kMaxApplicationSlots = 42;

/// Checks what an applicant sent against the programme and their side. Topics must come from the programme's
/// catalogue (matched without regard to case, kept as the catalogue spells them), each once, with a mentor's level
/// and one-line evidence or a mentee's priority; languages are codes such as "en" (lower-cased, sorted, each once);
/// at least one slot and a motivation. Throws InvalidInput naming the field: "topics[1].topic",
/// "topics[0].level", "languages[2]", "availability", "motivation", ...
ApplicationAnswers CheckApplicationAnswers(const ApplicationAnswersInput& input, Side side, const Programme& programme);

/// A mentee's priority 1..5 on the matching engine's weight scale 1..3 (3 = matters most): ceil(3p/5),
/// so 1→1, 2..3→2, 4..5→3.
int MatchPriority(int priority);

/// The match profile an application stands for: side, languages, topics (mentor levels, or mentee priorities
/// on the engine's scale) and availability. Capacity 1, eligible false, no preferences: the caller keeps what
/// an existing profile had and works out eligibility.
MatchProfile ToMatchProfile(const Application& application);

/// Why `person` may not apply on `side` in `programme`; empty when they may.
/// Rules: the person is active in the directory and has not left; a mentor's grade is at most the programme's
/// max_mentor_grade (when set); a mentee's grade is at least `lowest_active_grade + min_grade_gap`, where
/// `lowest_active_grade` is the lowest grade of any active person in the directory: below that nobody in the
/// organisation could be junior enough by the programme's gap to mentor them.
std::string ApplicantIneligibility(const Person& person, Side side, const Programme& programme,
                                   std::optional<long long> lowest_active_grade);

/// True while applications may be submitted or edited: the programme has no deadline, or `today`
/// (YYYY-MM-DD, UTC) is on or before it.
bool ApplicationsOpen(const Programme& programme, const std::string& today);

}  // namespace upward::domain
