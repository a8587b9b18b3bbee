// The durable job scheduler on both databases, with a clock the tests move: idempotent scheduling, claims and
// leases, a handler's effects committed with the job, retries with backoff, an instance that dies mid-way,
// and two instances (two Database objects, each with its own connections) claiming at once from two threads.
#include "service/jobs/job_scheduler.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "core/clock.hpp"
#include "service/jobs/job_worker.hpp"
#include "storage/jobs/scheduled_job_repository.hpp"
#include "storage/mail/mail_outbox_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;
using Result = JobOutcome::Result;

constexpr long long kNow = 1772442000;  // 2026-03-02 09:00 UTC

long long CountRows(storage::Database& database, const std::string& table) {
    auto session = database.Acquire();
    long long count = 0;
    *session << "SELECT COUNT(*) FROM " + table, soci::into(count);
    return count;
}

/// A handler that queues one email per job (keyed by the job), counting how often it ran.
JobHandler MailingHandler(std::atomic<int>& runs) {
    return [&runs](storage::Connection& session, const domain::ScheduledJob& job, long long now) {
        ++runs;
        storage::EnqueueMail(
            session, {"job:" + job.dedupe_key, "ada@example.com", "Ada", "about " + job.payload, "text", "<p>html</p>"},
            now);
        return JobResult::Done("mailed");
    };
}

class JobSchedulerTest : public ::testing::TestWithParam<Backend> {
protected:
    JobSchedulerTest() : database_(GetParam()), clock_(kNow) {}

    JobScheduler Scheduler(const std::string& instance, storage::Database* database = nullptr) {
        SchedulerPolicy policy;
        policy.lease_seconds = 300;
        policy.max_attempts = 3;
        policy.batch_size = 5;
        JobScheduler scheduler(database != nullptr ? *database : database_.Get(), clock_, instance, policy);
        scheduler.RegisterHandler("test", MailingHandler(runs_));
        return scheduler;
    }
    bool Schedule(JobScheduler& scheduler, const std::string& key, long long due_at) {
        auto session = database_.Get().Acquire();
        storage::Transaction transaction(*session, database_.Get().GetBackend());
        const bool created = scheduler.Schedule(*session, "test", key, "payload " + key, due_at);
        transaction.Commit();
        return created;
    }
    domain::ScheduledJob Job(const std::string& key) {
        auto session = database_.Get().Acquire();
        const auto job = storage::FindJobByDedupeKey(*session, key);
        EXPECT_TRUE(job.has_value()) << key;
        return job.value_or(domain::ScheduledJob{});
    }

    TestDatabase database_;
    ManualClock clock_;
    std::atomic<int> runs_{0};
};

TEST_P(JobSchedulerTest, SchedulingTheSameKeyTwiceKeepsOneJob) {
    auto scheduler = Scheduler("a");
    EXPECT_TRUE(Schedule(scheduler, "k1", kNow + 60));
    EXPECT_FALSE(Schedule(scheduler, "k1", kNow + 999));
    EXPECT_EQ(CountRows(database_.Get(), "scheduled_jobs"), 1);
    EXPECT_EQ(Job("k1").due_at, kNow + 60);
    EXPECT_EQ(Job("k1").status, "pending");
}

TEST_P(JobSchedulerTest, RunsAJobOnlyOnceItIsDueAndCommitsItsMailWithIt) {
    auto scheduler = Scheduler("a");
    Schedule(scheduler, "k1", kNow + 60);
    EXPECT_TRUE(scheduler.RunPass().outcomes.empty());
    EXPECT_EQ(runs_, 0);

    clock_.Advance(60);
    const auto report = scheduler.RunPass();
    ASSERT_EQ(report.outcomes.size(), 1u);
    EXPECT_EQ(report.outcomes[0].result, Result::kDone);
    const auto job = Job("k1");
    EXPECT_EQ(job.status, "done");
    EXPECT_EQ(job.attempts, 1);
    EXPECT_EQ(job.claimed_by, "a");
    EXPECT_EQ(job.finished_at, kNow + 60);
    EXPECT_EQ(CountRows(database_.Get(), "mail_outbox"), 1);

    // Done is done: later passes do not run it again.
    clock_.Advance(3600);
    EXPECT_TRUE(scheduler.RunPass().outcomes.empty());
    EXPECT_EQ(runs_, 1);
}

TEST_P(JobSchedulerTest, AFailingHandlerIsRetriedWithBackoffAndItsEffectsRolledBack) {
    SchedulerPolicy policy;
    policy.max_attempts = 3;
    policy.first_retry_seconds = 60;
    JobScheduler scheduler(database_.Get(), clock_, "a", policy);
    int calls = 0;
    scheduler.RegisterHandler(
        "test", [&calls](storage::Connection& session, const domain::ScheduledJob&, long long now) -> JobResult {
            ++calls;
            // Written, then undone with the failed attempt: a job takes effect only with its success.
            storage::EnqueueMail(session, {"partial:" + std::to_string(calls), "a@example.com", "A", "s", "t", "h"},
                                 now);
            throw std::runtime_error("the handler broke");
        });
    Schedule(scheduler, "k1", kNow);

    auto report = scheduler.RunPass();
    ASSERT_EQ(report.outcomes.size(), 1u);
    EXPECT_EQ(report.outcomes[0].result, Result::kRetry);
    EXPECT_EQ(report.outcomes[0].next_due_at, kNow + 60);
    EXPECT_EQ(Job("k1").status, "pending");
    EXPECT_EQ(Job("k1").last_error, "the handler broke");

    clock_.Advance(59);
    EXPECT_TRUE(scheduler.RunPass().outcomes.empty());
    clock_.Advance(1);
    report = scheduler.RunPass();
    ASSERT_EQ(report.outcomes.size(), 1u);
    EXPECT_EQ(report.outcomes[0].result, Result::kRetry);
    EXPECT_EQ(report.outcomes[0].next_due_at, clock_.NowSeconds() + 120);  // doubled

    clock_.Advance(120);
    report = scheduler.RunPass();
    ASSERT_EQ(report.outcomes.size(), 1u);
    EXPECT_EQ(report.outcomes[0].result, Result::kFailed);
    EXPECT_EQ(Job("k1").status, "failed");
    EXPECT_EQ(Job("k1").attempts, 3);
    EXPECT_EQ(calls, 3);
    EXPECT_EQ(CountRows(database_.Get(), "mail_outbox"), 0);

    clock_.Advance(86400);
    EXPECT_TRUE(scheduler.RunPass().outcomes.empty());
}

TEST_P(JobSchedulerTest, AJobOfAKindThisInstanceDoesNotKnowIsRetriedNotLost) {
    auto scheduler = Scheduler("a");
    {
        auto session = database_.Get().Acquire();
        storage::ScheduleJob(*session, "from-a-newer-version", "k1", "{}", kNow, kNow);
    }
    const auto report = scheduler.RunPass();
    ASSERT_EQ(report.outcomes.size(), 1u);
    EXPECT_EQ(report.outcomes[0].result, Result::kRetry);
    EXPECT_EQ(Job("k1").status, "pending");
}

TEST_P(JobSchedulerTest, AJobClaimedByAnInstanceThatDiedIsRunByTheNextOnceTheLeaseExpires) {
    auto first = Scheduler("first");
    auto second = Scheduler("second");
    Schedule(first, "k1", kNow);

    // The first instance claims the job and dies before running it.
    const auto claimed = first.Claim();
    ASSERT_EQ(claimed.size(), 1u);
    EXPECT_EQ(Job("k1").status, "running");

    // While the lease lasts nobody else takes it.
    clock_.Advance(299);
    EXPECT_TRUE(second.RunPass().outcomes.empty());

    clock_.Advance(1);
    const auto report = second.RunPass();
    ASSERT_EQ(report.outcomes.size(), 1u);
    EXPECT_EQ(report.outcomes[0].result, Result::kDone);
    EXPECT_EQ(Job("k1").claimed_by, "second");
    EXPECT_EQ(Job("k1").attempts, 2);

    // The first instance was only stuck and now wakes up: its claim is gone and nothing it does is committed.
    const auto late = first.Execute(claimed[0]);
    EXPECT_EQ(late.result, Result::kLostClaim);
    EXPECT_EQ(runs_, 1);
    EXPECT_EQ(CountRows(database_.Get(), "mail_outbox"), 1);
    EXPECT_EQ(Job("k1").status, "done");
}

TEST_P(JobSchedulerTest, ASlowInstanceWhoseLeaseRanOutFinishesWhenNobodyTookTheJobOver) {
    auto scheduler = Scheduler("a");
    Schedule(scheduler, "k1", kNow);
    const auto claimed = scheduler.Claim();
    ASSERT_EQ(claimed.size(), 1u);
    clock_.Advance(1000);
    EXPECT_EQ(scheduler.Execute(claimed[0]).result, Result::kDone);
    EXPECT_EQ(CountRows(database_.Get(), "mail_outbox"), 1);
}

TEST_P(JobSchedulerTest, AJobWhoseLastAttemptsInstanceDiedIsMarkedFailed) {
    auto scheduler = Scheduler("a");
    Schedule(scheduler, "k1", kNow);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        ASSERT_EQ(scheduler.Claim().size(), 1u) << attempt;  // claimed, then the instance "dies"
        clock_.Advance(301);
    }
    EXPECT_TRUE(scheduler.Claim().empty());
    EXPECT_EQ(Job("k1").status, "failed");
    EXPECT_EQ(runs_, 0);
}

TEST_P(JobSchedulerTest, TwoInstancesOnOneDatabaseRunEveryJobExactlyOnce) {
    constexpr int kJobs = 60;
    auto probe = Scheduler("probe");
    for (int i = 0; i < kJobs; ++i) Schedule(probe, "k" + std::to_string(i), kNow - i);

    // Two Database objects: each instance has its own connections, as two server processes would.
    auto database_a = storage::Database::Open(database_.Url(), 3);
    auto database_b = storage::Database::Open(database_.Url(), 3);
    auto a = Scheduler("a", database_a.get());
    auto b = Scheduler("b", database_b.get());

    std::mutex mutex;
    std::map<long long, int> finished_by_id;
    std::map<std::string, int> done_per_instance;
    const auto run = [&](JobScheduler& scheduler) {
        for (;;) {
            const auto report = scheduler.RunPass();
            if (report.outcomes.empty()) return;
            std::lock_guard lock(mutex);
            for (const auto& outcome : report.outcomes) {
                EXPECT_EQ(outcome.result, Result::kDone) << outcome.note;
                ++finished_by_id[outcome.id];
                ++done_per_instance[scheduler.InstanceId()];
            }
        }
    };
    std::thread thread_a([&] { run(a); });
    std::thread thread_b([&] { run(b); });
    thread_a.join();
    thread_b.join();

    EXPECT_EQ(static_cast<int>(finished_by_id.size()), kJobs);
    for (const auto& [id, times] : finished_by_id) EXPECT_EQ(times, 1) << "job " << id;
    EXPECT_EQ(runs_, kJobs);
    EXPECT_EQ(CountRows(database_.Get(), "mail_outbox"), kJobs);
    auto session = database_.Get().Acquire();
    long long not_done = 0;
    *session << "SELECT COUNT(*) FROM scheduled_jobs WHERE status <> 'done' OR attempts <> 1", soci::into(not_done);
    EXPECT_EQ(not_done, 0);
}

TEST_P(JobSchedulerTest, PlannersRunAtTheirIntervalAndTheirJobsAreIdempotent) {
    SchedulerPolicy policy;
    policy.plan_interval_seconds = 60;
    JobScheduler scheduler(database_.Get(), clock_, "a", policy);
    scheduler.RegisterHandler("test", MailingHandler(runs_));
    int plans = 0;
    scheduler.AddPlanner([&plans](storage::Connection& session, long long now) {
        ++plans;
        return storage::ScheduleJob(session, "test", "planned", "{}", now + 30, now) ? 1 : 0;
    });
    EXPECT_EQ(scheduler.RunPass().planned, 1);
    EXPECT_EQ(scheduler.RunPass().planned, 0);
    EXPECT_EQ(plans, 1);  // not again within the interval
    clock_.Advance(60);
    const auto report = scheduler.RunPass();
    EXPECT_EQ(plans, 2);
    EXPECT_EQ(report.planned, 0);  // the job existed already
    ASSERT_EQ(report.outcomes.size(), 1u);
    EXPECT_EQ(report.outcomes[0].result, Result::kDone);
}

TEST_P(JobSchedulerTest, TheWorkerThreadRunsDueJobsAndStopsPromptly) {
    auto scheduler = Scheduler("a");
    Schedule(scheduler, "k1", kNow);
    std::mutex mutex;
    std::condition_variable changed;
    int passes = 0;
    JobWorker::Callbacks callbacks;
    callbacks.on_pass = [&](const SchedulerPassReport&) {
        std::lock_guard lock(mutex);
        ++passes;
        changed.notify_all();
    };
    // A long interval: Stop must not wait for it.
    JobWorker worker(scheduler, std::chrono::hours(1), callbacks);
    worker.Start();
    {
        std::unique_lock lock(mutex);
        ASSERT_TRUE(changed.wait_for(lock, std::chrono::seconds(30), [&] { return passes >= 1; }));
    }
    const auto started = std::chrono::steady_clock::now();
    worker.Stop();
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
    EXPECT_EQ(Job("k1").status, "done");
    EXPECT_EQ(runs_, 1);
}

TEST_P(JobSchedulerTest, AJobWhoseLastAttemptsClaimantStoppedIsGivenUpAndNeverClaimedAgain) {
    auto scheduler = Scheduler("a");
    Schedule(scheduler, "k1", kNow);
    Schedule(scheduler, "k2", kNow);
    auto session = database_.Get().Acquire();
    const auto backend = database_.Get().GetBackend();
    // Three claimants in turn each take k1 (and k2) and stop without finishing: the lease lapses every time.
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const auto now = kNow + (attempt - 1) * 301;
        const auto claimed =
            storage::ClaimDueJobs(*session, backend, now, 300, 3, 1, "gone-" + std::to_string(attempt));
        ASSERT_EQ(claimed.size(), 1u) << "one claim at a time (limit 1), attempt " << attempt;
        EXPECT_EQ(claimed[0].attempts, attempt);
        EXPECT_EQ(claimed[0].claimed_by, "gone-" + std::to_string(attempt));
        EXPECT_EQ(claimed[0].status, "running");
    }
    // k1 had its three attempts; k2 was never claimed (oldest due first, then id), so the next claim gives up on
    // k1 with the reason and its time, and takes k2.
    const auto later = kNow + 3 * 301;
    const auto next = storage::ClaimDueJobs(*session, backend, later, 300, 3, 5, "b");
    ASSERT_EQ(next.size(), 1u);
    EXPECT_EQ(next[0].dedupe_key, "k2");
    const auto given_up = Job("k1");
    EXPECT_EQ(given_up.status, "failed");
    EXPECT_EQ(given_up.finished_at, later);
    EXPECT_EQ(given_up.lease_until, 0);
    EXPECT_NE(given_up.last_error.find("stopped before it finished"), std::string::npos) << given_up.last_error;
    EXPECT_TRUE(storage::ClaimDueJobs(*session, backend, later + 10000, 300, 3, 5, "c").size() == 1u)
        << "only k2 again, once its lease lapsed";
}

INSTANTIATE_TEST_SUITE_P(Backends, JobSchedulerTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
