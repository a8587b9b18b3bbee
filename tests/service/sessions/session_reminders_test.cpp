// Reminders before sessions and the prompt after them, through the durable scheduler on both databases, with
// a clock the tests move: the programme's offsets, each person's own time zone, the link, moved and cancelled
// occurrences, catch-up after downtime, a restart mid-way, two instances at once, confidential wording.
#include "service/sessions/session_reminders.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <set>
#include <thread>

#include "core/clock.hpp"
#include "service/jobs/job_scheduler.hpp"
#include "session_jobs_fixture.hpp"
#include "storage/jobs/scheduled_job_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::QueuedMail;
using testing::SessionWorld;
using testing::TestDatabase;
using Result = JobOutcome::Result;

constexpr long long kNow = 1772442000;                     // Monday 2026-03-02 09:00 UTC
constexpr long long kStart = kNow + 2 * 86400 + 5 * 3600;  // Wednesday 2026-03-04 14:00 UTC
constexpr long long kHour = 3600;
constexpr long long kDay = 86400;
constexpr const char* kPublicUrl = "https://upward.example.com";

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class SessionRemindersTest : public ::testing::TestWithParam<Backend> {
protected:
    SessionRemindersTest() : database_(GetParam()), clock_(kNow), world_(database_.Get(), kNow) {
        programme_ = world_.AddProgramme("Spring Intake");
        mentee_user_ = world_.AddPerson("E100", "Ada Lovelace", "ada@example.com", "Europe/London");
        mentor_user_ = world_.AddPerson("E200", "Grace Hopper", "grace@example.com", "Asia/Kolkata");
        pair_ = world_.AddPair(programme_, "E100", "E200");
        series_ = world_.AddSeries(pair_);
    }

    JobScheduler Scheduler(const std::string& instance = "a", storage::Database* database = nullptr) {
        SchedulerPolicy policy;
        policy.batch_size = 10;
        policy.plan_interval_seconds = 60;
        JobScheduler scheduler(database != nullptr ? *database : database_.Get(), clock_, instance, policy);
        SessionJobOptions options;
        options.public_url = kPublicUrl;
        AddSessionJobs(scheduler, options);
        return scheduler;
    }
    /// Passes until nothing more is due; returns every outcome.
    std::vector<JobOutcome> RunUntilIdle(JobScheduler& scheduler) {
        std::vector<JobOutcome> outcomes;
        for (;;) {
            const auto report = scheduler.RunPass();
            if (report.outcomes.empty()) return outcomes;
            outcomes.insert(outcomes.end(), report.outcomes.begin(), report.outcomes.end());
        }
    }
    std::vector<domain::ScheduledJob> Jobs(const std::string& kind) {
        auto session = database_.Get().Acquire();
        return storage::ListJobs(*session, kind);
    }
    domain::ScheduledJob Job(const std::string& key) {
        auto session = database_.Get().Acquire();
        const auto job = storage::FindJobByDedupeKey(*session, key);
        EXPECT_TRUE(job.has_value()) << key;
        return job.value_or(domain::ScheduledJob{});
    }
    static std::string ReminderKey(long long occurrence, int minutes, long long starts_at) {
        return "reminder:" + std::to_string(occurrence) + ":" + std::to_string(minutes) + ":" +
               std::to_string(starts_at);
    }
    static const QueuedMail* To(const std::vector<QueuedMail>& mail, const std::string& recipient) {
        const auto found =
            std::find_if(mail.begin(), mail.end(), [&](const auto& m) { return m.recipient == recipient; });
        return found == mail.end() ? nullptr : &*found;
    }

    TestDatabase database_;
    ManualClock clock_;
    SessionWorld world_;
    long long programme_ = 0;
    long long mentee_user_ = 0;
    long long mentor_user_ = 0;
    long long pair_ = 0;
    long long series_ = 0;
};

TEST_P(SessionRemindersTest, PlansOneReminderPerDefaultOffsetAndAPromptAtTheEnd) {
    const auto occurrence = world_.AddOccurrence(series_, pair_, kStart);
    auto scheduler = Scheduler();
    EXPECT_EQ(scheduler.Plan(), 3);
    EXPECT_EQ(scheduler.Plan(), 0);  // idempotent

    const auto reminders = Jobs(session_job_kind::kReminder);
    ASSERT_EQ(reminders.size(), 2u);
    EXPECT_EQ(reminders[0].dedupe_key, ReminderKey(occurrence, 1440, kStart));
    EXPECT_EQ(reminders[0].due_at, kStart - kDay);
    EXPECT_EQ(reminders[1].dedupe_key, ReminderKey(occurrence, 60, kStart));
    EXPECT_EQ(reminders[1].due_at, kStart - kHour);
    const auto prompts = Jobs(session_job_kind::kAttendancePrompt);
    ASSERT_EQ(prompts.size(), 1u);
    EXPECT_EQ(prompts[0].due_at, kStart + 45 * 60);
}

TEST_P(SessionRemindersTest, FollowsTheProgrammesOwnOffsets) {
    world_.SetReminderMinutes(programme_, "120; 30;5;junk;30");
    const auto occurrence = world_.AddOccurrence(series_, pair_, kStart);
    auto scheduler = Scheduler();
    scheduler.Plan();
    const auto reminders = Jobs(session_job_kind::kReminder);
    ASSERT_EQ(reminders.size(), 3u);
    EXPECT_EQ(reminders[0].due_at, kStart - 120 * 60);
    EXPECT_EQ(reminders[1].due_at, kStart - 30 * 60);
    EXPECT_EQ(reminders[2].due_at, kStart - 5 * 60);

    // Each of them is sent when its time comes (nothing at the default 24 h).
    clock_.Set(kStart - kDay);
    EXPECT_TRUE(RunUntilIdle(scheduler).empty());
    clock_.Set(kStart - 120 * 60);
    EXPECT_EQ(RunUntilIdle(scheduler).size(), 1u);
    clock_.Set(kStart - 30 * 60);
    EXPECT_EQ(RunUntilIdle(scheduler).size(), 1u);
    clock_.Set(kStart - 5 * 60);
    EXPECT_EQ(RunUntilIdle(scheduler).size(), 1u);
    EXPECT_EQ(world_.Mail("reminder:").size(), 6u);
    EXPECT_EQ(world_.Mail(ReminderKey(occurrence, 5, kStart)).size(), 2u);
}

TEST_P(SessionRemindersTest, RemindsBothPeopleInTheirOwnTimeZoneWithALinkToTheSession) {
    const auto occurrence = world_.AddOccurrence(series_, pair_, kStart);
    auto scheduler = Scheduler();
    scheduler.Plan();

    clock_.Set(kStart - kDay);
    const auto outcomes = RunUntilIdle(scheduler);
    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_EQ(outcomes[0].result, Result::kDone);
    auto mail = world_.Mail("reminder:");
    ASSERT_EQ(mail.size(), 2u);
    const auto* ada = To(mail, "ada@example.com");
    const auto* grace = To(mail, "grace@example.com");
    ASSERT_NE(ada, nullptr);
    ASSERT_NE(grace, nullptr);
    EXPECT_EQ(ada->subject, "Reminder: your session with Grace Hopper in 24 hours");
    EXPECT_EQ(grace->subject, "Reminder: your session with Ada Lovelace in 24 hours");
    EXPECT_TRUE(Contains(ada->text_body, "Wednesday 4 March 2026 at 14:00 (Europe/London)")) << ada->text_body;
    EXPECT_TRUE(Contains(grace->text_body, "Wednesday 4 March 2026 at 19:30 (Asia/Kolkata)")) << grace->text_body;
    const std::string link =
        std::string(kPublicUrl) + "/#/pairs/" + std::to_string(pair_) + "/sessions/" + std::to_string(occurrence);
    EXPECT_TRUE(Contains(ada->text_body, link));
    EXPECT_TRUE(Contains(grace->html_body, link));
    EXPECT_TRUE(Contains(ada->text_body, "Spring Intake"));

    clock_.Set(kStart - kHour);
    RunUntilIdle(scheduler);
    mail = world_.Mail("reminder:");
    ASSERT_EQ(mail.size(), 4u);
    EXPECT_EQ(world_.Mail(ReminderKey(occurrence, 60, kStart))[0].subject,
              "Reminder: your session with Grace Hopper in 1 hour");
    EXPECT_EQ(Job(ReminderKey(occurrence, 60, kStart)).status, "done");
}

TEST_P(SessionRemindersTest, AfterDowntimeSendsNothingForPastSessionsAndOneReminderForAnImminentOne) {
    const long long past_start = kNow + kDay + 2 * kHour;
    const auto past = world_.AddOccurrence(series_, pair_, past_start);
    const auto imminent = world_.AddOccurrence(series_, pair_, kNow + 3 * kDay + 30 * 60);
    auto scheduler = Scheduler();
    EXPECT_TRUE(scheduler.RunPass().outcomes.empty());  // plans; nothing is due yet

    // The server is down for three days.
    clock_.Set(kNow + 3 * kDay);
    auto restarted = Scheduler("after-the-outage");
    const auto outcomes = RunUntilIdle(restarted);

    EXPECT_TRUE(world_.Mail("reminder:" + std::to_string(past) + ":").empty());
    EXPECT_EQ(Job(ReminderKey(past, 1440, past_start)).status, "skipped");
    EXPECT_EQ(Job(ReminderKey(past, 60, past_start)).status, "skipped");
    EXPECT_EQ(Job(ReminderKey(past, 60, past_start)).last_error, "the session already started");

    // Of the imminent session's two overdue reminders only the latest-due one goes out, once to each person.
    const auto reminders = world_.Mail("reminder:" + std::to_string(imminent) + ":");
    ASSERT_EQ(reminders.size(), 2u);
    for (const auto& mail : reminders) {
        EXPECT_TRUE(Contains(mail.dedupe_key, ":60:")) << mail.dedupe_key;
        EXPECT_TRUE(Contains(mail.subject, "in 30 minutes")) << mail.subject;
    }
    const long long imminent_start = kNow + 3 * kDay + 30 * 60;
    EXPECT_EQ(Job(ReminderKey(imminent, 1440, imminent_start)).status, "skipped");
    EXPECT_TRUE(Contains(Job(ReminderKey(imminent, 1440, imminent_start)).last_error, "stale"));

    // The session that took place during the outage still asks both people whether it did.
    EXPECT_EQ(world_.Mail("attendance-prompt:" + std::to_string(past) + ":").size(), 2u);
    EXPECT_EQ(world_.Mail("").size(), 4u);
    int done = 0;
    for (const auto& outcome : outcomes) done += outcome.result == Result::kDone ? 1 : 0;
    EXPECT_EQ(done, 2);
}

TEST_P(SessionRemindersTest, AMovedOccurrenceIsRemindedAtItsNewTimeOnly) {
    const auto occurrence = world_.AddOccurrence(series_, pair_, kStart);
    auto scheduler = Scheduler();
    scheduler.Plan();
    clock_.Set(kStart - kDay);
    RunUntilIdle(scheduler);
    ASSERT_EQ(world_.Mail("reminder:").size(), 2u);  // the 24-hour reminder went out before the move

    const long long new_start = kStart + 3 * kHour;
    world_.MoveOccurrence(occurrence, new_start);
    clock_.Set(kStart - kHour);  // the old 1-hour reminder's time
    RunUntilIdle(scheduler);
    EXPECT_EQ(Job(ReminderKey(occurrence, 60, kStart)).status, "skipped");
    EXPECT_EQ(Job(ReminderKey(occurrence, 60, kStart)).last_error, "the session was moved");
    EXPECT_EQ(Job("attendance-prompt:" + std::to_string(occurrence) + ":" + std::to_string(kStart + 45 * 60)).status,
              "pending");

    clock_.Set(new_start - kHour);
    RunUntilIdle(scheduler);
    const auto moved = world_.Mail(ReminderKey(occurrence, 60, new_start));
    ASSERT_EQ(moved.size(), 2u);
    EXPECT_TRUE(Contains(To(moved, "ada@example.com")->text_body, "at 17:00 (Europe/London)"));
    EXPECT_TRUE(world_.Mail(ReminderKey(occurrence, 60, kStart)).empty());

    // The prompt follows the move too: the old one is skipped, the new one sent at the new end.
    clock_.Set(new_start + 45 * 60);
    RunUntilIdle(scheduler);
    EXPECT_EQ(Job("attendance-prompt:" + std::to_string(occurrence) + ":" + std::to_string(kStart + 45 * 60)).status,
              "skipped");
    EXPECT_EQ(world_.Mail("attendance-prompt:").size(), 2u);
}

TEST_P(SessionRemindersTest, ACancelledOccurrenceGetsNoReminderAndNoPrompt) {
    const auto occurrence = world_.AddOccurrence(series_, pair_, kStart);
    auto scheduler = Scheduler();
    scheduler.Plan();
    world_.CancelOccurrence(occurrence);
    for (const long long at : {kStart - kDay, kStart - kHour, kStart + 45 * 60}) {
        clock_.Set(at);
        for (const auto& outcome : RunUntilIdle(scheduler)) {
            EXPECT_EQ(outcome.result, Result::kSkipped);
            EXPECT_EQ(outcome.note, "the session was cancelled");
        }
    }
    EXPECT_TRUE(world_.Mail("").empty());
    for (const auto& job : Jobs("")) EXPECT_EQ(job.status, "skipped") << job.dedupe_key;
    EXPECT_EQ(Jobs("").size(), 3u);
}

TEST_P(SessionRemindersTest, ThePromptAfterTheSessionSkipsWhoeverAlreadyConfirmed) {
    const auto occurrence = world_.AddOccurrence(series_, pair_, kStart);
    const auto second = world_.AddOccurrence(series_, pair_, kStart + 14 * kDay);
    auto scheduler = Scheduler();
    scheduler.Plan();
    world_.ConfirmAttendance(occurrence, "mentee", mentee_user_);

    clock_.Set(kStart + 45 * 60 - 1);
    RunUntilIdle(scheduler);
    EXPECT_TRUE(world_.Mail("attendance-prompt:").empty());  // not before the end
    clock_.Set(kStart + 45 * 60);
    RunUntilIdle(scheduler);
    const auto prompts = world_.Mail("attendance-prompt:");
    ASSERT_EQ(prompts.size(), 1u);
    EXPECT_EQ(prompts[0].recipient, "grace@example.com");
    EXPECT_EQ(prompts[0].subject, "Did your session with Ada Lovelace take place?");
    EXPECT_TRUE(Contains(prompts[0].text_body, "one-minute pulse"));
    EXPECT_TRUE(Contains(prompts[0].text_body,
                         "/#/pairs/" + std::to_string(pair_) + "/sessions/" + std::to_string(occurrence)));

    // Both confirmed before the end: nobody is asked.
    world_.ConfirmAttendance(second, "mentee", mentee_user_);
    world_.ConfirmAttendance(second, "mentor", mentor_user_);
    clock_.Set(kStart + 14 * kDay + 45 * 60);
    RunUntilIdle(scheduler);
    EXPECT_EQ(world_.Mail("attendance-prompt:").size(), 1u);
    EXPECT_EQ(
        Job("attendance-prompt:" + std::to_string(second) + ":" + std::to_string(kStart + 14 * kDay + 45 * 60)).status,
        "skipped");
}

TEST_P(SessionRemindersTest, AConfidentialMenteesSessionIsAnUpwardSessionForBothPeople) {
    world_.AddMenteeApplication(programme_, "E100", mentee_user_, /*confidential=*/1, /*calendar_details=*/0);
    world_.AddOccurrence(series_, pair_, kStart);
    auto scheduler = Scheduler();
    scheduler.Plan();
    clock_.Set(kStart - kHour);
    RunUntilIdle(scheduler);
    clock_.Set(kStart + 45 * 60);
    RunUntilIdle(scheduler);

    const auto mail = world_.Mail("");
    ASSERT_EQ(mail.size(), 4u);  // the 1-hour reminder (the 24-hour one was stale) and the prompt, to each
    for (const auto& message : mail) {
        EXPECT_TRUE(Contains(message.subject, "Upward session")) << message.subject;
        EXPECT_TRUE(Contains(message.text_body, "Upward session")) << message.text_body;
        const std::string other = message.recipient == "ada@example.com" ? "Grace" : "Ada";
        for (const auto* body : {&message.subject, &message.text_body, &message.html_body}) {
            EXPECT_FALSE(Contains(*body, other)) << *body;
            EXPECT_FALSE(Contains(*body, "Spring Intake")) << *body;
            EXPECT_FALSE(Contains(*body, "your mentor")) << *body;
            EXPECT_FALSE(Contains(*body, "your mentee")) << *body;
        }
    }
}

TEST_P(SessionRemindersTest, AConfidentialMenteeWhoChoseToShowDetailsGetsNamedSessions) {
    world_.AddMenteeApplication(programme_, "E100", mentee_user_, /*confidential=*/1, /*calendar_details=*/1);
    world_.AddOccurrence(series_, pair_, kStart);
    auto scheduler = Scheduler();
    scheduler.Plan();
    clock_.Set(kStart - kHour);
    RunUntilIdle(scheduler);
    const auto mail = world_.Mail("reminder:");
    ASSERT_EQ(mail.size(), 2u);
    EXPECT_EQ(To(mail, "ada@example.com")->subject, "Reminder: your session with Grace Hopper in 1 hour");
}

TEST_P(SessionRemindersTest, NothingIsSentForAPairThatEnded) {
    world_.AddOccurrence(series_, pair_, kStart);
    auto scheduler = Scheduler();
    scheduler.Plan();
    {
        auto session = database_.Get().Acquire();
        const long long pair = pair_;
        *session << "UPDATE pairs SET status = 'ended' WHERE id = :id", soci::use(pair);
    }
    clock_.Set(kStart + kDay);
    for (const auto& outcome : RunUntilIdle(scheduler)) EXPECT_EQ(outcome.result, Result::kSkipped);
    EXPECT_TRUE(world_.Mail("").empty());
}

TEST_P(SessionRemindersTest, AReminderClaimedByAnInstanceThatDiedIsSentOnceByTheNext) {
    world_.AddOccurrence(series_, pair_, kStart);
    auto first = Scheduler("first");
    first.Plan();
    clock_.Set(kStart - kDay);
    const auto claimed = first.Claim();  // and then the first instance dies
    ASSERT_EQ(claimed.size(), 1u);

    auto second = Scheduler("second");
    EXPECT_TRUE(RunUntilIdle(second).empty());  // still leased
    clock_.Advance(first.Policy().lease_seconds);
    const auto outcomes = RunUntilIdle(second);
    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_EQ(outcomes[0].result, Result::kDone);
    EXPECT_EQ(first.Execute(claimed[0]).result, Result::kLostClaim);
    EXPECT_EQ(world_.Mail("reminder:").size(), 2u);
}

TEST_P(SessionRemindersTest, TwoInstancesQueueEveryReminderExactlyOnce) {
    constexpr int kPairs = 12;
    std::vector<long long> occurrences;
    const long long at = kStart - 30 * 60;
    for (int i = 0; i < kPairs; ++i) {
        const auto mentee = "M" + std::to_string(i);
        const auto mentor = "N" + std::to_string(i);
        world_.AddPerson(mentee, "Mentee " + std::to_string(i), mentee + "@example.com", "Europe/Paris");
        world_.AddPerson(mentor, "Mentor " + std::to_string(i), mentor + "@example.com", "America/New_York");
        const auto pair = world_.AddPair(programme_, mentee, mentor);
        const auto series = world_.AddSeries(pair);
        // Each starts within the hour: its 24-hour reminder is stale, its 1-hour reminder due.
        occurrences.push_back(world_.AddOccurrence(series, pair, at + 5 * 60 + i * 60));
    }
    clock_.Set(at);

    auto database_a = storage::Database::Open(database_.Url(), 3);
    auto database_b = storage::Database::Open(database_.Url(), 3);
    auto a = Scheduler("a", database_a.get());
    auto b = Scheduler("b", database_b.get());
    std::mutex mutex;
    std::map<long long, int> runs_by_job;
    int done = 0;
    int skipped = 0;
    const auto run = [&](JobScheduler& scheduler) {
        for (;;) {
            const auto report = scheduler.RunPass();
            if (report.outcomes.empty()) return;
            std::lock_guard lock(mutex);
            for (const auto& outcome : report.outcomes) {
                ++runs_by_job[outcome.id];
                done += outcome.result == Result::kDone ? 1 : 0;
                skipped += outcome.result == Result::kSkipped ? 1 : 0;
            }
        }
    };
    std::thread thread_a([&] { run(a); });
    std::thread thread_b([&] { run(b); });
    thread_a.join();
    thread_b.join();
    // Both instances planned; the jobs exist once each.
    EXPECT_EQ(Jobs(session_job_kind::kReminder).size(), 2u * kPairs);
    EXPECT_EQ(done, kPairs);
    EXPECT_EQ(skipped, kPairs);
    for (const auto& [job, times] : runs_by_job) EXPECT_EQ(times, 1) << "job " << job;

    const auto mail = world_.Mail("reminder:");
    EXPECT_EQ(mail.size(), 2u * kPairs);
    std::set<std::string> recipients;
    for (const auto& message : mail) {
        EXPECT_TRUE(Contains(message.dedupe_key, ":60:")) << message.dedupe_key;
        recipients.insert(message.recipient);
    }
    EXPECT_EQ(recipients.size(), 2u * kPairs);
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionRemindersTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
