#include "service/sessions/session_reminders.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "domain/session_reminder_rules.hpp"
#include "service/mail/mail_composer.hpp"
#include "storage/mail_outbox_repository.hpp"
#include "storage/person_contact.hpp"
#include "storage/row_access.hpp"

namespace upward::service {

namespace {

using storage::IntColumn;
using storage::TextColumn;

/// An occurrence as the handlers need it, with its series, pair and programme.
struct OccurrenceFacts {
    long long id = 0;
    long long pair_id = 0;
    long long programme_id = 0;
    long long starts_at = 0;
    long long ends_at = 0;
    std::string status;
    std::string series_status;
    std::string pair_status;
    std::string mentee;
    std::string mentor;
    std::string programme_name;
};

std::optional<OccurrenceFacts> LoadOccurrence(soci::session& session, long long occurrence_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT o.id, o.pair_id, o.starts_at, o.ends_at, o.status, s.status AS series_status, "
                            "p.status AS pair_status, p.mentee, p.mentor, p.programme_id, g.name AS programme_name "
                            "FROM session_occurrences o JOIN session_series s ON s.id = o.series_id "
                            "JOIN pairs p ON p.id = o.pair_id JOIN programmes g ON g.id = p.programme_id "
                            "WHERE o.id = :id",
         soci::use(occurrence_id));
    for (const auto& row : rows) {
        OccurrenceFacts facts;
        facts.id = IntColumn(row, "id");
        facts.pair_id = IntColumn(row, "pair_id");
        facts.programme_id = IntColumn(row, "programme_id");
        facts.starts_at = IntColumn(row, "starts_at");
        facts.ends_at = IntColumn(row, "ends_at");
        facts.status = TextColumn(row, "status");
        facts.series_status = TextColumn(row, "series_status");
        facts.pair_status = TextColumn(row, "pair_status");
        facts.mentee = TextColumn(row, "mentee");
        facts.mentor = TextColumn(row, "mentor");
        facts.programme_name = TextColumn(row, "programme_name");
        return facts;
    }
    return std::nullopt;
}

/// Why the occurrence no longer takes place, or nullopt when it still does.
std::optional<std::string> WhyNotHappening(const std::optional<OccurrenceFacts>& facts) {
    if (!facts) return "the session no longer exists";
    if (facts->status != "scheduled") return "the session was cancelled";
    if (facts->series_status != "active") return "the series of sessions was cancelled";
    if (facts->pair_status != "active") return "the pair is no longer active";
    return std::nullopt;
}

/// A confidential mentee who did not choose to show details: both people's emails say only "Upward session",
/// since either inbox may be read by an assistant or shown on a shared screen.
bool HidesDetails(soci::session& session, long long programme_id, const std::string& mentee) {
    soci::rowset<soci::row> rows = (session.prepare << "SELECT confidential, calendar_details FROM applications "
                                                       "WHERE programme_id = :p AND employee_id = :e",
                                    soci::use(programme_id), soci::use(mentee));
    for (const auto& row : rows) return IntColumn(row, "confidential") == 1 && IntColumn(row, "calendar_details") == 0;
    return false;
}

std::string TimeZoneOf(soci::session& session, const std::string& employee_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT time_zone FROM people WHERE employee_id = :e", soci::use(employee_id));
    for (const auto& row : rows) return TextColumn(row, "time_zone");
    return "";
}

std::set<std::string> ConfirmedSides(soci::session& session, long long occurrence_id) {
    std::set<std::string> sides;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT side FROM session_attendance WHERE occurrence_id = :o", soci::use(occurrence_id));
    for (const auto& row : rows) sides.insert(TextColumn(row, "side"));
    return sides;
}

/// One of the two people of the pair, as a recipient.
struct Recipient {
    std::string side;  // mentee, mentor
    std::string name;
    std::string email;
    std::string time_zone;
    std::string other_name;
};

std::vector<Recipient> Recipients(soci::session& session, const OccurrenceFacts& facts) {
    const auto mentee = storage::FindPersonContact(session, facts.mentee);
    const auto mentor = storage::FindPersonContact(session, facts.mentor);
    const auto name_of = [](const std::optional<storage::PersonContact>& contact, const std::string& id) {
        return contact ? contact->name : id;
    };
    std::vector<Recipient> recipients;
    if (mentee) {
        recipients.push_back(
            {"mentee", mentee->name, mentee->email, TimeZoneOf(session, facts.mentee), name_of(mentor, facts.mentor)});
    }
    if (mentor) {
        recipients.push_back(
            {"mentor", mentor->name, mentor->email, TimeZoneOf(session, facts.mentor), name_of(mentee, facts.mentee)});
    }
    return recipients;
}

std::string SessionUrl(const SessionJobOptions& options, const OccurrenceFacts& facts) {
    return options.public_url + "/#/pairs/" + std::to_string(facts.pair_id) + "/sessions/" + std::to_string(facts.id);
}

nlohmann::json ReadPayload(const storage::ScheduledJob& job) {
    auto payload = nlohmann::json::parse(job.payload, nullptr, false);
    if (payload.is_discarded() || !payload.is_object() || !payload.contains("occurrence_id")) {
        throw std::runtime_error("the job's payload is not the JSON object a " + job.kind + " job carries");
    }
    return payload;
}

storage::OutgoingMail ReminderMail(const Recipient& to, const OccurrenceFacts& facts, bool hidden, int offset_minutes,
                                   long long now, const SessionJobOptions& options) {
    const std::string when = domain::FormatLocalTime(facts.starts_at, to.time_zone);
    const std::string in = domain::DescribeDuration(facts.starts_at - now);
    const std::string role = to.side == "mentee" ? "mentor" : "mentee";
    MailDraft draft;
    draft.greeting_name = to.name;
    if (hidden) {
        draft.subject = "Reminder: Upward session in " + in;
        draft.paragraphs = {"Your Upward session starts in " + in + ": " + when + "."};
    } else {
        draft.subject = "Reminder: your session with " + to.other_name + " in " + in;
        draft.paragraphs = {"Your session with " + to.other_name + " (your " + role + ") starts in " + in + ": " +
                            when + "."};
        draft.programme_name = facts.programme_name;
    }
    draft.paragraphs.push_back(
        "If you cannot make it, move or cancel it on the session page now, so that the other person knows in time.");
    if (!options.public_url.empty()) {
        draft.action_label = "Open the session";
        draft.action_url = SessionUrl(options, facts);
    }
    const std::string key = "reminder:" + std::to_string(facts.id) + ":" + std::to_string(offset_minutes) + ":" +
                            std::to_string(facts.starts_at) + ":" + to.side;
    return ComposeMail(key, to.email, to.name, draft);
}

storage::OutgoingMail PromptMail(const Recipient& to, const OccurrenceFacts& facts, bool hidden,
                                 const SessionJobOptions& options) {
    const std::string when = domain::FormatLocalTime(facts.starts_at, to.time_zone);
    MailDraft draft;
    draft.greeting_name = to.name;
    if (hidden) {
        draft.subject = "Did your Upward session take place?";
        draft.paragraphs = {"Your Upward session was planned for " + when + "."};
    } else {
        draft.subject = "Did your session with " + to.other_name + " take place?";
        draft.paragraphs = {"Your session with " + to.other_name + " was planned for " + when + "."};
        draft.programme_name = facts.programme_name;
    }
    draft.paragraphs.push_back(
        "Please confirm whether it took place, and answer the one-minute pulse while it is fresh: both keep your "
        "pair on track.");
    if (!options.public_url.empty()) {
        draft.action_label = "Confirm attendance";
        draft.action_url = SessionUrl(options, facts);
    }
    const std::string key =
        "attendance-prompt:" + std::to_string(facts.id) + ":" + std::to_string(facts.ends_at) + ":" + to.side;
    return ComposeMail(key, to.email, to.name, draft);
}

}  // namespace

std::vector<int> ReminderMinutesForProgramme(soci::session& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT reminder_minutes FROM session_policies WHERE programme_id = :p",
         soci::use(programme_id));
    for (const auto& row : rows) return domain::ReminderOffsetsFromPolicy(TextColumn(row, "reminder_minutes"));
    return domain::ReminderOffsetsFromPolicy(domain::kDefaultReminderMinutes);
}

int PlanSessionJobs(soci::session& session, long long now, const SessionJobOptions& options) {
    struct Planned {
        long long id;
        long long programme_id;
        long long starts_at;
        long long ends_at;
    };
    std::vector<Planned> occurrences;
    {
        // Scheduled occurrences of active pairs that start within the horizon, or ended recently enough for
        // their prompt (after downtime). One placeholder and one bound value per place.
        const long long since = now - options.prompt_catch_up_seconds;
        const long long until = now + options.planning_horizon_seconds;
        soci::rowset<soci::row> rows =
            (session.prepare << "SELECT o.id, o.starts_at, o.ends_at, p.programme_id FROM session_occurrences o "
                                "JOIN session_series s ON s.id = o.series_id JOIN pairs p ON p.id = o.pair_id "
                                "WHERE o.status = 'scheduled' AND s.status = 'active' AND p.status = 'active' "
                                "AND o.ends_at > :since AND o.starts_at <= :until ORDER BY o.starts_at, o.id",
             soci::use(since), soci::use(until));
        for (const auto& row : rows) {
            occurrences.push_back({IntColumn(row, "id"), IntColumn(row, "programme_id"), IntColumn(row, "starts_at"),
                                   IntColumn(row, "ends_at")});
        }
    }
    std::map<long long, std::vector<int>> offsets_by_programme;
    int created = 0;
    for (const auto& occurrence : occurrences) {
        auto offsets = offsets_by_programme.find(occurrence.programme_id);
        if (offsets == offsets_by_programme.end()) {
            offsets =
                offsets_by_programme
                    .emplace(occurrence.programme_id, ReminderMinutesForProgramme(session, occurrence.programme_id))
                    .first;
        }
        const std::string id = std::to_string(occurrence.id);
        if (occurrence.starts_at > now) {
            for (const int minutes : offsets->second) {
                const nlohmann::json payload = {
                    {"occurrence_id", occurrence.id}, {"offset_minutes", minutes}, {"starts_at", occurrence.starts_at}};
                const std::string key =
                    "reminder:" + id + ":" + std::to_string(minutes) + ":" + std::to_string(occurrence.starts_at);
                if (storage::ScheduleJob(session, session_job_kind::kReminder, key, payload.dump(),
                                         occurrence.starts_at - static_cast<long long>(minutes) * 60, now)) {
                    ++created;
                }
            }
        }
        const nlohmann::json payload = {{"occurrence_id", occurrence.id}, {"ends_at", occurrence.ends_at}};
        const std::string key = "attendance-prompt:" + id + ":" + std::to_string(occurrence.ends_at);
        if (storage::ScheduleJob(session, session_job_kind::kAttendancePrompt, key, payload.dump(), occurrence.ends_at,
                                 now)) {
            ++created;
        }
    }
    return created;
}

JobResult RunSessionReminder(soci::session& session, const storage::ScheduledJob& job, long long now,
                             const SessionJobOptions& options) {
    const auto payload = ReadPayload(job);
    const long long occurrence_id = payload.at("occurrence_id").get<long long>();
    const int offset_minutes = payload.at("offset_minutes").get<int>();
    const long long planned_start = payload.at("starts_at").get<long long>();

    const auto facts = LoadOccurrence(session, occurrence_id);
    if (const auto why = WhyNotHappening(facts)) return JobResult::Skipped(*why);
    // A moved occurrence has jobs of its own, planned for its new time.
    if (facts->starts_at != planned_start) return JobResult::Skipped("the session was moved");
    const auto verdict = domain::JudgeReminder(facts->starts_at, offset_minutes,
                                               ReminderMinutesForProgramme(session, facts->programme_id), now);
    if (verdict != domain::ReminderVerdict::kSend) return JobResult::Skipped(domain::ToString(verdict));

    const bool hidden = HidesDetails(session, facts->programme_id, facts->mentee);
    int queued = 0;
    for (const auto& recipient : Recipients(session, *facts)) {
        if (storage::EnqueueMail(session, ReminderMail(recipient, *facts, hidden, offset_minutes, now, options), now)) {
            ++queued;
        }
    }
    return JobResult::Done(std::to_string(queued) + " reminder(s) queued");
}

JobResult RunAttendancePrompt(soci::session& session, const storage::ScheduledJob& job, long long now,
                              const SessionJobOptions& options) {
    const auto payload = ReadPayload(job);
    const long long occurrence_id = payload.at("occurrence_id").get<long long>();
    const long long planned_end = payload.at("ends_at").get<long long>();

    const auto facts = LoadOccurrence(session, occurrence_id);
    if (const auto why = WhyNotHappening(facts)) return JobResult::Skipped(*why);
    if (facts->ends_at != planned_end) return JobResult::Skipped("the session was moved");
    // After a long outage, a question about a session weeks ago is noise: its page still asks.
    if (now - facts->ends_at > options.prompt_catch_up_seconds) {
        return JobResult::Skipped("the session ended too long ago to ask now");
    }

    const auto confirmed = ConfirmedSides(session, occurrence_id);
    const bool hidden = HidesDetails(session, facts->programme_id, facts->mentee);
    int queued = 0;
    for (const auto& recipient : Recipients(session, *facts)) {
        if (confirmed.count(recipient.side) > 0) continue;  // they already told us
        if (storage::EnqueueMail(session, PromptMail(recipient, *facts, hidden, options), now)) ++queued;
    }
    if (queued == 0 && confirmed.size() >= 2) return JobResult::Skipped("both people already confirmed attendance");
    return JobResult::Done(std::to_string(queued) + " prompt(s) queued");
}

void AddSessionJobs(JobScheduler& scheduler, const SessionJobOptions& options) {
    scheduler.RegisterHandler(session_job_kind::kReminder,
                              [options](soci::session& session, const storage::ScheduledJob& job, long long now) {
                                  return RunSessionReminder(session, job, now, options);
                              });
    scheduler.RegisterHandler(session_job_kind::kAttendancePrompt,
                              [options](soci::session& session, const storage::ScheduledJob& job, long long now) {
                                  return RunAttendancePrompt(session, job, now, options);
                              });
    scheduler.AddPlanner(
        [options](soci::session& session, long long now) { return PlanSessionJobs(session, now, options); });
}

}  // namespace upward::service
