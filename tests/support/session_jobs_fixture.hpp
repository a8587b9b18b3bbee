#pragma once

// Rows for the scheduler's tests, written straight into the tables (the sessions service is built alongside):
// people with accounts and time zones, a programme, an active pair, a series and its occurrences.

#include <string>
#include <vector>

#include "storage/database/database.hpp"
#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::testing {

struct QueuedMail {
    std::string dedupe_key;
    std::string recipient;
    std::string subject;
    std::string text_body;
    std::string html_body;
};

class SessionWorld {
public:
    SessionWorld(storage::Database& database, long long now) : database_(database), now_(now) {}

    long long AddProgramme(const std::string& name) {
        auto session = database_.Acquire();
        long long id = 0;
        *session << "INSERT INTO programmes (name, purpose, goals, ground_rules, starts_on, ends_on, cadence_days, "
                    "session_minutes, matching_mode, min_grade_gap, exclude_same_department, topics, terminology, "
                    "anonymity_k, confidentiality_policy, status, created_at, updated_at) VALUES (:name, 'p', 'g', "
                    "'r', '2026-01-01', '2026-12-31', 14, 45, 'assigned', 2, 0, '[]', '{}', 5, 'c', 'running', "
                    ":c, :u) RETURNING id",
            soci::use(name), soci::use(now_), soci::use(now_), soci::into(id);
        return id;
    }

    /// A directory entry and an account for it; returns the user id.
    long long AddPerson(const std::string& employee_id, const std::string& name, const std::string& email,
                        const std::string& time_zone) {
        auto session = database_.Acquire();
        *session << "INSERT INTO people (employee_id, name, email, grade, time_zone, updated_at) "
                    "VALUES (:e, :n, :m, 5, :z, :u)",
            soci::use(employee_id), soci::use(name), soci::use(email), soci::use(time_zone), soci::use(now_);
        long long id = 0;
        *session << "INSERT INTO users (email, display_name, role, person_id, created_at) "
                    "VALUES (:m, :n, 'participant', :e, :c) RETURNING id",
            soci::use(email), soci::use(name), soci::use(employee_id), soci::use(now_), soci::into(id);
        return id;
    }

    long long AddPair(long long programme_id, const std::string& mentee, const std::string& mentor,
                      const std::string& status = "active") {
        auto session = database_.Acquire();
        long long id = 0;
        *session << "INSERT INTO pairs (programme_id, mentee, mentor, status, created_at, updated_at) "
                    "VALUES (:p, :mentee, :mentor, :s, :c, :u) RETURNING id",
            soci::use(programme_id), soci::use(mentee), soci::use(mentor), soci::use(status), soci::use(now_),
            soci::use(now_), soci::into(id);
        return id;
    }

    long long AddSeries(long long pair_id) {
        auto session = database_.Acquire();
        long long id = 0;
        const std::string uid =
            "series-" + std::to_string(pair_id) + "-" + std::to_string(++uid_counter_) + "@upward.test";
        *session << "INSERT INTO session_series (pair_id, time_zone, first_local_start, interval_days, minutes, "
                    "until_date, uid, sequence, status, created_at, updated_at) VALUES (:p, 'Europe/London', "
                    "'2026-03-04T14:00', 14, 45, '2026-12-31', :uid, 0, 'active', :c, :u) RETURNING id",
            soci::use(pair_id), soci::use(uid), soci::use(now_), soci::use(now_), soci::into(id);
        return id;
    }

    long long AddOccurrence(long long series_id, long long pair_id, long long starts_at, long long minutes = 45) {
        auto session = database_.Acquire();
        long long id = 0;
        const long long recurrence_start = starts_at;
        const long long ends_at = starts_at + minutes * 60;
        *session << "INSERT INTO session_occurrences (series_id, pair_id, recurrence_start, starts_at, ends_at, "
                    "status, sequence, outcome, updated_at) VALUES (:s, :p, :r, :st, :en, 'scheduled', 0, "
                    "'pending', :u) RETURNING id",
            soci::use(series_id), soci::use(pair_id), soci::use(recurrence_start), soci::use(starts_at),
            soci::use(ends_at), soci::use(now_), soci::into(id);
        return id;
    }

    void MoveOccurrence(long long id, long long starts_at, long long minutes = 45) {
        auto session = database_.Acquire();
        const long long ends_at = starts_at + minutes * 60;
        *session << "UPDATE session_occurrences SET starts_at = :s, ends_at = :e, sequence = sequence + 1 "
                    "WHERE id = :id",
            soci::use(starts_at), soci::use(ends_at), soci::use(id);
    }

    void CancelOccurrence(long long id) {
        auto session = database_.Acquire();
        *session << "UPDATE session_occurrences SET status = 'cancelled', cancelled_by_side = 'mentee', "
                    "cancel_reason = 'travel' WHERE id = :id",
            soci::use(id);
    }

    void ConfirmAttendance(long long occurrence_id, const std::string& side, long long user_id) {
        auto session = database_.Acquire();
        *session << "INSERT INTO session_attendance (occurrence_id, side, user_id, took_place, confirmed_at) "
                    "VALUES (:o, :s, :u, 1, :c)",
            soci::use(occurrence_id), soci::use(side), soci::use(user_id), soci::use(now_);
    }

    void SetReminderMinutes(long long programme_id, const std::string& minutes) {
        auto session = database_.Acquire();
        *session << "INSERT INTO session_policies (programme_id, reminder_minutes, max_consecutive_misses, "
                    "max_total_misses, at_risk_weeks, updated_at) VALUES (:p, :m, 2, 3, 4, :u)",
            soci::use(programme_id), soci::use(minutes), soci::use(now_);
    }

    /// The mentee's application, confidential or not, and whether they chose to show details anyway.
    void AddMenteeApplication(long long programme_id, const std::string& employee_id, long long user_id,
                              int confidential, int calendar_details) {
        auto session = database_.Acquire();
        *session << "INSERT INTO applications (programme_id, employee_id, user_id, side, status, topics, languages, "
                    "availability, motivation, goals, screening_answers, submitted_at, updated_at, confidential, "
                    "calendar_details) VALUES (:p, :e, :u, 'mentee', 'approved', '[]', '[]', '[]', '', '', '{}', :s, "
                    ":t, :c, :d)",
            soci::use(programme_id), soci::use(employee_id), soci::use(user_id), soci::use(now_), soci::use(now_),
            soci::use(confidential), soci::use(calendar_details);
    }

    /// Queued email whose dedupe key starts with `prefix`, by key.
    std::vector<QueuedMail> Mail(const std::string& prefix) {
        auto session = database_.Acquire();
        const std::string pattern = prefix + "%";
        soci::rowset<soci::row> rows =
            (session->prepare << "SELECT dedupe_key, recipient, subject, text_body, html_body FROM mail_outbox "
                                 "WHERE dedupe_key LIKE :p ORDER BY dedupe_key",
             soci::use(pattern));
        std::vector<QueuedMail> mail;
        for (const auto& row : rows) {
            mail.push_back({storage::TextColumn(row, "dedupe_key"), storage::TextColumn(row, "recipient"),
                            storage::TextColumn(row, "subject"), storage::TextColumn(row, "text_body"),
                            storage::TextColumn(row, "html_body")});
        }
        return mail;
    }

private:
    storage::Database& database_;
    long long now_;
    int uid_counter_ = 0;
};

}  // namespace upward::testing
