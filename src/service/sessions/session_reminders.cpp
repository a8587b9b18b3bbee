#include "service/sessions/session_reminders.hpp"

#include <map>
#include <optional>
#include <set>

#include "domain/session_reminder_rules.hpp"
#include "service/mail/mail_composer.hpp"
#include "storage/database/connection.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/directory/person_contact.hpp"
#include "storage/jobs/scheduled_job_repository.hpp"
#include "storage/mail/mail_outbox_repository.hpp"
#include "storage/sessions/session_job_payloads.hpp"
#include "storage/sessions/session_reminder_repository.hpp"

namespace upward::service {

namespace {

using OccurrenceFacts = storage::ReminderOccurrence;

/// Why the occurrence no longer takes place, or nullopt when it still does.
std::optional<std::string> WhyNotHappening(const std::optional<OccurrenceFacts>& facts) {
    if (!facts) return "the session no longer exists";
    if (facts->status != "scheduled") return "the session was cancelled";
    if (facts->series_status != "active") return "the series of sessions was cancelled";
    if (facts->pair_status != "active") return "the pair is no longer active";
    return std::nullopt;
}

/// One of the two people of the pair, as a recipient.
struct Recipient {
    std::string side;  // mentee, mentor
    std::string name;
    std::string email;
    std::string time_zone;
    std::string other_name;
};

std::vector<Recipient> Recipients(storage::Connection& session, const OccurrenceFacts& facts) {
    const auto mentee = storage::FindPersonContact(session, facts.mentee);
    const auto mentor = storage::FindPersonContact(session, facts.mentor);
    const auto name_of = [](const std::optional<storage::PersonContact>& contact, const std::string& id) {
        return contact ? contact->name : id;
    };
    const auto zone_of = [&session](const std::string& employee_id) {
        const auto person = storage::FindPerson(session, employee_id);
        return person ? person->time_zone : std::string();
    };
    std::vector<Recipient> recipients;
    if (mentee) {
        recipients.push_back(
            {"mentee", mentee->name, mentee->email, zone_of(facts.mentee), name_of(mentor, facts.mentor)});
    }
    if (mentor) {
        recipients.push_back(
            {"mentor", mentor->name, mentor->email, zone_of(facts.mentor), name_of(mentee, facts.mentee)});
    }
    return recipients;
}

std::string SessionUrl(const SessionJobOptions& options, const OccurrenceFacts& facts) {
    return options.public_url + "/#/pairs/" + std::to_string(facts.pair_id) + "/sessions/" + std::to_string(facts.id);
}

domain::OutgoingMail ReminderMail(const Recipient& to, const OccurrenceFacts& facts, bool hidden, int offset_minutes,
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

domain::OutgoingMail PromptMail(const Recipient& to, const OccurrenceFacts& facts, bool hidden,
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

int PlanSessionJobs(storage::Connection& session, long long now, const SessionJobOptions& options) {
    // Scheduled occurrences of active pairs that start within the horizon, or ended recently enough for their
    // prompt (after downtime).
    const auto occurrences = storage::ListPlannableOccurrences(session, now - options.prompt_catch_up_seconds,
                                                               now + options.planning_horizon_seconds);
    std::map<long long, std::vector<int>> offsets_by_programme;
    int created = 0;
    for (const auto& occurrence : occurrences) {
        auto offsets = offsets_by_programme.find(occurrence.programme_id);
        if (offsets == offsets_by_programme.end()) {
            offsets = offsets_by_programme
                          .emplace(occurrence.programme_id,
                                   storage::ReminderOffsetsOfProgramme(session, occurrence.programme_id))
                          .first;
        }
        const std::string id = std::to_string(occurrence.id);
        if (occurrence.starts_at > now) {
            for (const int minutes : offsets->second) {
                const auto payload = storage::EncodeReminderPayload({occurrence.id, minutes, occurrence.starts_at});
                const std::string key =
                    "reminder:" + id + ":" + std::to_string(minutes) + ":" + std::to_string(occurrence.starts_at);
                if (storage::ScheduleJob(session, session_job_kind::kReminder, key, payload,
                                         occurrence.starts_at - static_cast<long long>(minutes) * 60, now)) {
                    ++created;
                }
            }
        }
        const auto payload = storage::EncodeAttendancePromptPayload({occurrence.id, occurrence.ends_at});
        const std::string key = "attendance-prompt:" + id + ":" + std::to_string(occurrence.ends_at);
        if (storage::ScheduleJob(session, session_job_kind::kAttendancePrompt, key, payload, occurrence.ends_at, now)) {
            ++created;
        }
    }
    return created;
}

JobResult RunSessionReminder(storage::Connection& session, const domain::ScheduledJob& job, long long now,
                             const SessionJobOptions& options) {
    const auto payload = storage::DecodeReminderPayload(job);
    const long long occurrence_id = payload.occurrence_id;
    const int offset_minutes = payload.offset_minutes;
    const long long planned_start = payload.starts_at;

    const auto facts = storage::FindReminderOccurrence(session, occurrence_id);
    if (const auto why = WhyNotHappening(facts)) return JobResult::Skipped(*why);
    // A moved occurrence has jobs of its own, planned for its new time.
    if (facts->starts_at != planned_start) return JobResult::Skipped("the session was moved");
    const auto verdict = domain::JudgeReminder(facts->starts_at, offset_minutes,
                                               storage::ReminderOffsetsOfProgramme(session, facts->programme_id), now);
    if (verdict != domain::ReminderVerdict::kSend) return JobResult::Skipped(domain::ToString(verdict));

    const bool hidden = storage::MenteeHidesSessionDetails(session, facts->programme_id, facts->mentee);
    int queued = 0;
    for (const auto& recipient : Recipients(session, *facts)) {
        if (storage::EnqueueMail(session, ReminderMail(recipient, *facts, hidden, offset_minutes, now, options), now)) {
            ++queued;
        }
    }
    return JobResult::Done(std::to_string(queued) + " reminder(s) queued");
}

JobResult RunAttendancePrompt(storage::Connection& session, const domain::ScheduledJob& job, long long now,
                              const SessionJobOptions& options) {
    const auto payload = storage::DecodeAttendancePromptPayload(job);
    const long long occurrence_id = payload.occurrence_id;
    const long long planned_end = payload.ends_at;

    const auto facts = storage::FindReminderOccurrence(session, occurrence_id);
    if (const auto why = WhyNotHappening(facts)) return JobResult::Skipped(*why);
    if (facts->ends_at != planned_end) return JobResult::Skipped("the session was moved");
    // After a long outage, a question about a session weeks ago is noise: its page still asks.
    if (now - facts->ends_at > options.prompt_catch_up_seconds) {
        return JobResult::Skipped("the session ended too long ago to ask now");
    }

    const auto confirmed = storage::ConfirmedAttendanceSides(session, occurrence_id);
    const bool hidden = storage::MenteeHidesSessionDetails(session, facts->programme_id, facts->mentee);
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
                              [options](storage::Connection& session, const domain::ScheduledJob& job, long long now) {
                                  return RunSessionReminder(session, job, now, options);
                              });
    scheduler.RegisterHandler(session_job_kind::kAttendancePrompt,
                              [options](storage::Connection& session, const domain::ScheduledJob& job, long long now) {
                                  return RunAttendancePrompt(session, job, now, options);
                              });
    scheduler.AddPlanner(
        [options](storage::Connection& session, long long now) { return PlanSessionJobs(session, now, options); });
}

}  // namespace upward::service
