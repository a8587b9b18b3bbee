// A programme with one active pair (mentee D1, mentor E1), accounts for every role, and helpers that insert
// occurrences, goal progress and pulses directly (the tables are the contract; the sessions service that
// normally writes occurrences is another part). Shared by the session-log service tests.
#pragma once

#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "domain/roles.hpp"
#include "programme_fields.hpp"
#include "service/directory/people_import.hpp"
#include "service/identity/user_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "storage/matching/pair_repository.hpp"
#include "test_database.hpp"

namespace upward::service {

class SessionLogFixture : public ::testing::TestWithParam<storage::Backend> {
protected:
    static constexpr long long kNow = 1748736000;  // 2025-06-01
    static constexpr long long kDay = 24 * 3600;
    static constexpr long long kWeek = 7 * kDay;

    SessionLogFixture() : database_(GetParam()), clock_(kNow) {}

    void SetUp() override {
        ImportPeople(database_.Get(),
                     "Employee ID,Name,Grade,Manager ID\nCEO,Cleo Chief,10,\nD1,Dana Sales,8,CEO\n"
                     "D2,Dev Ops,8,CEO\nE1,Eli Engineer,2,CEO\nE2,Eva Engineer,2,CEO\n",
                     {}, clock_);
        admin_ = Account("admin@example.com", "admin", "", domain::Role::kAdmin);
        ProgrammeService programmes(database_.Get(), clock_);
        programme_ = programmes.Create(admin_, ProgrammeFields({{"name", "Digital Fluency"}})).id;
        sponsor_ = Account("sponsor@example.com", "sponsor", "", domain::Role::kSponsor);
        mentee_ = Account("dana@example.com", "participant", "D1", domain::Role::kParticipant);
        mentor_ = Account("eli@example.com", "participant", "E1", domain::Role::kParticipant);
        outsider_ = Account("dev@example.com", "participant", "D2", domain::Role::kParticipant);
        pair_ = ActivePair("D1", "E1", kNow - 10 * kWeek);
        series_ = Series(pair_);
    }

    domain::Caller Account(const std::string& email, const std::string& role, const std::string& person,
                           domain::Role caller_role) {
        NewUser user;
        user.email = email;
        user.role = role;
        user.person_id = person;
        user.password = "a long test password";
        domain::Caller caller;
        caller.user_id = AddUser(database_.Get(), clock_, user).id;
        caller.email = email;
        caller.person_id = person;
        caller.role = caller_role;
        return caller;
    }

    // An active pair whose agreement both signed at `activated_at`.
    long long ActivePair(const std::string& mentee, const std::string& mentor, long long activated_at) {
        domain::Pair pair;
        pair.programme_id = programme_;
        pair.mentee = mentee;
        pair.mentor = mentor;
        pair.status = domain::PairStatus::kActive;
        pair.created_at = pair.updated_at = activated_at;
        auto session = database_.Get().Acquire();
        const auto id = storage::InsertPair(*session, pair);
        *session << "INSERT INTO pair_agreements (pair_id, mentee_goals, mentor_goals, topics, cadence_days, "
                    "confidentiality_statement, version, updated_at, mentee_signed_at, mentor_signed_at) "
                    "VALUES (:p, 'Use AI tools', 'Present to a board', '[]', 14, 'Between us', 1, :a, :a2, :a3)",
            soci::use(id), soci::use(activated_at), soci::use(activated_at), soci::use(activated_at);
        return id;
    }

    long long Series(long long pair_id) {
        auto session = database_.Get().Acquire();
        const std::string uid = "series-" + std::to_string(pair_id) + "@test";
        long long id = 0;
        *session << "INSERT INTO session_series (pair_id, time_zone, first_local_start, interval_days, minutes, "
                    "until_date, uid, sequence, status, created_at, updated_at) VALUES (:p, 'Europe/London', "
                    "'2025-01-06T10:00', 14, 45, '2025-12-31', :uid, 0, 'active', :c, :u) RETURNING id",
            soci::use(pair_id), soci::use(uid), soci::use(kNow), soci::use(kNow), soci::into(id);
        return id;
    }

    // status: scheduled or cancelled; outcome: pending, held, missed_by_mentee, ...
    long long Occurrence(long long pair_id, long long series_id, long long starts_at,
                         const std::string& status = "scheduled", const std::string& outcome = "held") {
        auto session = database_.Get().Acquire();
        long long id = 0;
        const long long ends_at = starts_at + 45 * 60;
        *session
            << "INSERT INTO session_occurrences (series_id, pair_id, recurrence_start, starts_at, ends_at, status, "
               "sequence, outcome, updated_at) VALUES (:s, :p, :r, :st, :e, :status, 0, :outcome, :u) RETURNING id",
            soci::use(series_id), soci::use(pair_id), soci::use(starts_at), soci::use(starts_at), soci::use(ends_at),
            soci::use(status), soci::use(outcome), soci::use(kNow), soci::into(id);
        return id;
    }

    void Pulse(long long pair_id, long long occurrence_id, const std::string& side, int usefulness) {
        auto session = database_.Get().Acquire();
        *session << "INSERT INTO session_pulses (occurrence_id, side, pair_id, usefulness, comment, submitted_at) "
                    "VALUES (:o, :s, :p, :u, '', :at)",
            soci::use(occurrence_id), soci::use(side), soci::use(pair_id), soci::use(usefulness), soci::use(kNow);
    }

    void Goal(long long pair_id, const std::string& side, int percent, long long at) {
        auto session = database_.Get().Acquire();
        *session << "INSERT INTO goal_progress (pair_id, goal_side, percent, comment, recorded_by, recorded_at) "
                    "VALUES (:p, :s, :pc, '', :by, :at)",
            soci::use(pair_id), soci::use(side), soci::use(percent), soci::use(mentee_.user_id), soci::use(at);
    }

    testing::TestDatabase database_;
    ManualClock clock_;
    domain::Caller admin_, sponsor_, mentee_, mentor_, outsider_;
    long long programme_ = 0, pair_ = 0, series_ = 0;
};

}  // namespace upward::service
