// The running demo programme's feedback: pulses after most held sessions (one pair's clearly declining), and the
// mid-point survey opened and answered by both people of most pairs, so the aggregates clear k and show.
#include <algorithm>
#include <array>

#include "demo/demo_running.hpp"
#include "service/feedback/survey_admin_service.hpp"
#include "service/feedback/survey_response_service.hpp"
#include "storage/database/database.hpp"
#include "storage/feedback/feedback_repository.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/sessions/session_repository.hpp"

namespace upward::demo {

namespace {

struct HeldSession {
    long long id = 0;
    long long ends_at = 0;
};

// The pairs' held sessions, oldest first, as the sessions seeding left them.
std::vector<HeldSession> HeldSessions(storage::Connection& session, long long pair_id) {
    std::vector<HeldSession> held;
    for (const auto& occurrence : storage::ListOccurrences(session, pair_id)) {
        if (occurrence.outcome == "held") held.push_back({occurrence.id, occurrence.ends_at});
    }
    return held;
}

std::optional<domain::Caller> AccountOf(storage::Connection& session, const std::string& person) {
    const auto user_id = storage::FirstUserOfPerson(session, person);
    if (!user_id) return std::nullopt;
    domain::Caller caller;
    caller.user_id = *user_id;
    caller.person_id = person;
    return caller;
}

std::optional<domain::Caller> AnAdmin(storage::Connection& session) {
    if (const auto user_id = storage::FirstAdminUser(session)) {
        domain::Caller caller;
        caller.user_id = *user_id;
        caller.role = domain::Role::kAdmin;
        return caller;
    }
    return std::nullopt;
}

const std::array<const char*, 4> kPulseComments = {"Very practical, I tried it the same afternoon.",
                                                   "Good pace; we ran a little over.", "",
                                                   "We should prepare an example next time."};
const std::array<const char*, 5> kChangeComments = {
    "More time for the sessions themselves.", "A shared channel for the pairs to swap tips.",
    "Clearer expectations at the kick-off.", "Fewer reminder emails.", "A short guide for the first meeting."};

void SeedPulses(storage::Connection& session, const std::vector<storage::PairPeople>& pairs) {
    for (std::size_t p = 0; p < pairs.size(); ++p) {
        const auto held = HeldSessions(session, pairs[p].id);
        const bool declining = p == 0;  // the first pair's sessions are getting less useful: health shows it
        for (std::size_t i = 0; i < held.size(); ++i) {
            if (!declining && (i + p) % 5 == 4) continue;  // most sessions, not all: some people never answer
            for (const auto* side : {"mentee", "mentor"}) {
                int usefulness = 3 + static_cast<int>((i + p + (side[1] == 'o' ? 1 : 0)) % 3);
                if (declining) {
                    usefulness = std::max(1, 5 - static_cast<int>(i * 4 / std::max<std::size_t>(held.size(), 1)));
                }
                domain::Pulse pulse{held[i].id,
                                    side,
                                    pairs[p].id,
                                    usefulness,
                                    kPulseComments[(i + p) % kPulseComments.size()],
                                    held[i].ends_at + 3600};
                storage::InsertPulse(session, pulse);
            }
        }
    }
}

std::vector<domain::SurveyAnswer> DemoAnswers(const domain::Survey& survey, const std::string& side,
                                              std::size_t pair_index, bool declining) {
    std::vector<domain::SurveyAnswer> answers;
    std::size_t i = 0;
    for (const auto& question : survey.questions) {
        ++i;
        if (question.audience != side || question.archived) continue;
        domain::SurveyAnswer answer;
        answer.question_id = question.id;
        if (question.answer_type == "likert" && question.subject == "self") {
            // Growth: lower before, higher now.
            answer.number = question.phase == "before" ? 1 + static_cast<int>((pair_index + i) % 2)
                                                       : 3 + static_cast<int>((pair_index + i) % 3);
        } else if (question.answer_type == "likert") {
            answer.number = declining ? 2 : 3 + static_cast<int>((pair_index + i) % 3);
        } else if (question.answer_type == "recommend") {
            answer.number = declining ? 5 : 7 + static_cast<int>(pair_index % 4);
        } else if (question.answer_type == "text") {
            if (pair_index % 3 == 2) continue;  // optional, and not everybody writes
            answer.text = kChangeComments[(pair_index + (side == "mentor" ? 2 : 0)) % kChangeComments.size()];
        } else if (question.answer_type == "choice" && !question.choices.empty()) {
            answer.choice = question.choices[pair_index % question.choices.size()];
        }
        answers.push_back(std::move(answer));
    }
    return answers;
}

}  // namespace

void SeedDemoFeedback(storage::Database& database, const Clock& clock, long long programme_id) {
    std::vector<storage::PairPeople> pairs;
    std::optional<domain::Caller> admin;
    {
        auto session = database.Acquire();
        pairs = storage::ListPairsWithStatus(*session, programme_id, {"active", "ended"});
        admin = AnAdmin(*session);
        storage::Transaction transaction(*session, database.GetBackend());
        SeedPulses(*session, pairs);
        transaction.Commit();
    }
    if (!admin) return;

    // The mid-point survey, opened (everyone in an active pair is invited) and answered by both people of every
    // pair but the last, so the figures clear the anonymity threshold and one pair's answers are still missing.
    service::SurveyAdminService surveys(database, clock, "http://127.0.0.1:8080");
    long long midpoint = 0;
    for (const auto& view : surveys.EnsureDefaults(*admin, programme_id)) {
        if (view.survey.kind == "midpoint") midpoint = view.survey.id;
    }
    if (midpoint == 0) return;
    const auto survey = surveys.Open(*admin, programme_id, midpoint).first.survey;
    service::SurveyResponseService responses(database, clock);
    const auto answering = pairs.size() > 1 ? pairs.size() - 1 : pairs.size();
    for (std::size_t p = 0; p < answering; ++p) {
        for (const auto& [side, person] :
             {std::pair{std::string("mentee"), pairs[p].mentee}, std::pair{std::string("mentor"), pairs[p].mentor}}) {
            std::optional<domain::Caller> caller;
            {
                auto session = database.Acquire();
                caller = AccountOf(*session, person);
            }
            if (!caller) continue;
            responses.Respond(*caller, survey.id, pairs[p].id, DemoAnswers(survey, side, p, p == 0));
        }
    }
}

}  // namespace upward::demo
