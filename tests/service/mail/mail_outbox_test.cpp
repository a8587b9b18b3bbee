// The durable outbox on both databases: dedupe keys, claims and leases, backoff, giving up, and the worker
// thread, with a clock the tests move and a transport that records or refuses what it is given.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "core/clock.hpp"
#include "core/errors.hpp"
#include "service/mail/mail_delivery.hpp"
#include "service/mail/mail_worker.hpp"
#include "storage/mail/mail_outbox_repository.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

using storage::Backend;
using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;
using Result = MailOutcome::Result;

constexpr long long kNow = 1748736000;  // 2025-06-01

/// Accepts or refuses messages as the test says, and remembers what it accepted.
class RecordingTransport : public MailTransport {
public:
    void Send(const MailEnvelope& envelope) override {
        std::lock_guard lock(mutex_);
        ++attempts_;
        if (!error_.empty()) throw MailTransportError(error_);
        sent_.push_back(envelope);
        changed_.notify_all();
    }
    void Refuse(const std::string& error) {
        std::lock_guard lock(mutex_);
        error_ = error;
    }
    std::vector<MailEnvelope> Sent() {
        std::lock_guard lock(mutex_);
        return sent_;
    }
    int Attempts() {
        std::lock_guard lock(mutex_);
        return attempts_;
    }
    /// Waits (bounded) until `count` messages were accepted; for the worker thread's tests.
    bool WaitForSent(std::size_t count) {
        std::unique_lock lock(mutex_);
        return changed_.wait_for(lock, std::chrono::seconds(30), [&] { return sent_.size() >= count; });
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::string error_;
    std::vector<MailEnvelope> sent_;
    int attempts_ = 0;
};

domain::OutgoingMail Mail(const std::string& key, const std::string& to = "ada@example.com") {
    return {key, to, "Ada Lovelace", "Subject " + key, "text " + key, "<p>html " + key + "</p>"};
}

class MailOutboxTest : public ::testing::TestWithParam<Backend> {
protected:
    MailOutboxTest() : database_(GetParam()), clock_(kNow) {}

    bool Enqueue(const domain::OutgoingMail& mail) {
        auto session = database_.Get().Acquire();
        return storage::EnqueueMail(*session, mail, clock_.NowSeconds());
    }
    domain::OutboxMail Row(const std::string& key) {
        auto session = database_.Get().Acquire();
        const auto row = storage::FindMailByDedupeKey(*session, key);
        if (!row) throw std::runtime_error("no outbox row " + key);
        return *row;
    }
    std::vector<domain::OutboxMail> Claim(int limit = 10, long long lease = 300, int max_attempts = 10) {
        auto session = database_.Get().Acquire();
        return storage::ClaimDueMail(*session, database_.Get().GetBackend(), clock_.NowSeconds(), lease, max_attempts,
                                     limit);
    }
    MailDispatcher Dispatcher(MailDeliveryPolicy policy = {}) {
        return MailDispatcher(database_.Get(), clock_, transport_, {"upward@mentoring.example.com", "Upward"}, policy);
    }

    TestDatabase database_;
    ManualClock clock_;
    RecordingTransport transport_;
};

TEST_P(MailOutboxTest, OneEventQueuesOneMessageWhateverHowOftenItIsReported) {
    EXPECT_TRUE(Enqueue(Mail("invitation:1")));
    EXPECT_FALSE(Enqueue(Mail("invitation:1")));
    EXPECT_TRUE(Enqueue(Mail("invitation:2")));
    const auto row = Row("invitation:1");
    EXPECT_EQ(row.status, "queued");
    EXPECT_EQ(row.attempts, 0);
    EXPECT_EQ(row.next_attempt_at, kNow);
    EXPECT_EQ(row.created_at, kNow);
    EXPECT_EQ(row.recipient_name, "Ada Lovelace");
    auto session = database_.Get().Acquire();
    const auto summary = storage::SummariseOutbox(*session, 10);
    EXPECT_EQ(summary.queued, 2);
    EXPECT_EQ(summary.oldest_queued_at, kNow);
}

TEST_P(MailOutboxTest, AMessageExistsOnlyIfTheChangeItReportsWasCommitted) {
    {
        auto session = database_.Get().Acquire();
        storage::Transaction tx(*session, database_.Get().GetBackend());
        storage::EnqueueMail(*session, Mail("decision:7"), kNow);
        // No commit: the change failed, so its email must not go out.
    }
    auto session = database_.Get().Acquire();
    EXPECT_FALSE(storage::FindMailByDedupeKey(*session, "decision:7"));
}

TEST_P(MailOutboxTest, AClaimedMessageBelongsToItsWorkerUntilTheLeaseEnds) {
    Enqueue(Mail("a"));
    const auto first = Claim(10, 300);
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].status, "sending");
    EXPECT_EQ(first[0].attempts, 1);
    EXPECT_EQ(first[0].lease_until, kNow + 300);
    EXPECT_TRUE(Claim().empty()) << "a second worker must not take a leased message";
    clock_.Advance(299);
    EXPECT_TRUE(Claim().empty());
    // The first worker died: once its lease is over the message is claimed again, as a new attempt.
    clock_.Advance(1);
    const auto again = Claim(10, 300);
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].attempts, 2);
    EXPECT_EQ(again[0].lease_until, kNow + 600);
    // The dead worker's late report does not overwrite the new claim.
    auto session = database_.Get().Acquire();
    EXPECT_FALSE(storage::RescheduleMail(*session, first[0].id, first[0].lease_until, kNow + 900, "late"));
    EXPECT_FALSE(storage::MarkMailFailed(*session, first[0].id, first[0].lease_until, "late"));
    EXPECT_EQ(Row("a").status, "sending");
    EXPECT_TRUE(storage::RescheduleMail(*session, again[0].id, again[0].lease_until, kNow + 900, "refused"));
    EXPECT_EQ(Row("a").status, "queued");
    EXPECT_EQ(Row("a").next_attempt_at, kNow + 900);
}

TEST_P(MailOutboxTest, MessagesWaitForTheirTimeAndGoInOrder) {
    Enqueue(Mail("first"));
    clock_.Advance(10);
    Enqueue(Mail("second"));
    clock_.Advance(-5);  // "second" is not due yet
    auto claimed = Claim();
    ASSERT_EQ(claimed.size(), 1u);
    EXPECT_EQ(claimed[0].dedupe_key, "first");
    clock_.Advance(5);
    claimed = Claim();
    ASSERT_EQ(claimed.size(), 1u);
    EXPECT_EQ(claimed[0].dedupe_key, "second");
}

TEST_P(MailOutboxTest, TwoWorkersClaimingAtOnceNeverTakeTheSameMessage) {
    constexpr int kMessages = 40;
    for (int i = 0; i < kMessages; ++i) Enqueue(Mail("bulk:" + std::to_string(i)));
    std::vector<long long> taken[2];
    std::atomic<bool> go{false};
    auto work = [&](int worker) {
        auto session = database_.Get().Acquire();
        while (!go) std::this_thread::yield();
        for (;;) {
            const auto claimed = storage::ClaimDueMail(*session, database_.Get().GetBackend(), kNow, 300, 10, 3);
            if (claimed.empty()) return;
            for (const auto& row : claimed) taken[worker].push_back(row.id);
        }
    };
    std::thread first(work, 0);
    std::thread second(work, 1);
    go = true;
    first.join();
    second.join();
    std::multiset<long long> all(taken[0].begin(), taken[0].end());
    all.insert(taken[1].begin(), taken[1].end());
    EXPECT_EQ(all.size(), static_cast<std::size_t>(kMessages));
    EXPECT_EQ(std::set<long long>(all.begin(), all.end()).size(), all.size()) << "a message was claimed twice";
    auto session = database_.Get().Acquire();
    EXPECT_EQ(storage::SummariseOutbox(*session, 0).sending, kMessages);
}

TEST_P(MailOutboxTest, RetriesBackOffExponentiallyUpToTheCapThenGiveUp) {
    MailDeliveryPolicy policy;
    policy.first_retry_seconds = 60;
    policy.max_retry_seconds = 300;
    policy.max_attempts = 5;
    auto dispatcher = Dispatcher(policy);
    transport_.Refuse("SMTP: Couldn't connect to server");
    Enqueue(Mail("invitation:9"));

    const std::vector<long long> expected_waits = {60, 120, 240, 300};
    for (std::size_t attempt = 1; attempt <= expected_waits.size(); ++attempt) {
        const auto report = dispatcher.RunPass();
        ASSERT_EQ(report.outcomes.size(), 1u) << "attempt " << attempt;
        EXPECT_EQ(report.outcomes[0].result, Result::kRetry);
        const auto row = Row("invitation:9");
        EXPECT_EQ(row.status, "queued");
        EXPECT_EQ(row.attempts, static_cast<int>(attempt));
        EXPECT_EQ(row.next_attempt_at, clock_.NowSeconds() + expected_waits[attempt - 1]);
        EXPECT_EQ(row.last_error, "SMTP: Couldn't connect to server");
        // Not due a second earlier.
        clock_.Advance(expected_waits[attempt - 1] - 1);
        EXPECT_TRUE(dispatcher.RunPass().Empty());
        clock_.Advance(1);
    }
    const auto last = dispatcher.RunPass();
    ASSERT_EQ(last.outcomes.size(), 1u);
    EXPECT_EQ(last.outcomes[0].result, Result::kFailed);
    const auto row = Row("invitation:9");
    EXPECT_EQ(row.status, "failed");
    EXPECT_EQ(row.attempts, 5);
    EXPECT_NE(row.last_error.find("gave up after 5 attempts"), std::string::npos) << row.last_error;
    EXPECT_NE(row.last_error.find("Couldn't connect"), std::string::npos) << row.last_error;
    EXPECT_EQ(transport_.Attempts(), 5);

    // Failed stays failed, however long one waits, until an operator queues it again.
    clock_.Advance(86400);
    transport_.Refuse("");
    EXPECT_TRUE(dispatcher.RunPass().Empty());
    auto session = database_.Get().Acquire();
    EXPECT_EQ(storage::SummariseOutbox(*session, 5).failures.size(), 1u);
    EXPECT_TRUE(storage::RequeueFailedMail(*session, row.id, clock_.NowSeconds()));
    EXPECT_EQ(dispatcher.RunPass().Count(Result::kSent), 1);
    EXPECT_EQ(Row("invitation:9").status, "sent");
}

TEST(MailBackoffTest, DelaysDoubleAndStopAtTheCap) {
    MailDeliveryPolicy policy;
    EXPECT_EQ(RetryDelaySeconds(policy, 1), 60);
    EXPECT_EQ(RetryDelaySeconds(policy, 2), 120);
    EXPECT_EQ(RetryDelaySeconds(policy, 6), 1920);
    EXPECT_EQ(RetryDelaySeconds(policy, 7), 3600);
    EXPECT_EQ(RetryDelaySeconds(policy, 100), 3600);
}

TEST_P(MailOutboxTest, AWorkerThatDiedOnTheLastAttemptLeavesAFailureNotAStuckMessage) {
    Enqueue(Mail("x"));
    ASSERT_EQ(Claim(10, 300, 1).size(), 1u);  // the only attempt; the worker never reports back
    clock_.Advance(301);
    EXPECT_TRUE(Claim(10, 300, 1).empty());
    const auto row = Row("x");
    EXPECT_EQ(row.status, "failed");
    EXPECT_NE(row.last_error.find("stopped"), std::string::npos) << row.last_error;
}

TEST_P(MailOutboxTest, SentMessagesAreNeverSentAgain) {
    auto dispatcher = Dispatcher();
    Enqueue(Mail("a"));
    Enqueue(Mail("b"));
    const auto report = dispatcher.SendDue();
    EXPECT_EQ(report.Count(Result::kSent), 2);
    EXPECT_EQ(Row("a").status, "sent");
    EXPECT_EQ(Row("a").sent_at, kNow);
    clock_.Advance(86400);
    EXPECT_TRUE(dispatcher.SendDue().Empty());
    EXPECT_EQ(transport_.Sent().size(), 2u);
}

TEST_P(MailOutboxTest, EveryAttemptCarriesTheSameMessageIdAndDate) {
    MailDeliveryPolicy policy;
    policy.first_retry_seconds = 10;
    auto dispatcher = Dispatcher(policy);
    Enqueue(Mail("pair-active:3:mentee"));
    transport_.Refuse("busy");
    dispatcher.RunPass();
    clock_.Advance(10);
    transport_.Refuse("");
    dispatcher.RunPass();
    const auto sent = transport_.Sent();
    ASSERT_EQ(sent.size(), 1u);
    const auto row = Row("pair-active:3:mentee");
    EXPECT_EQ(sent[0].message_id, MessageIdFor(row, "upward@mentoring.example.com"));
    EXPECT_EQ(sent[0].message_id.front(), '<');
    EXPECT_NE(sent[0].message_id.find("@mentoring.example.com>"), std::string::npos) << sent[0].message_id;
    EXPECT_EQ(sent[0].date, kNow) << "the Date is when the message was queued, not when an attempt worked";
    EXPECT_EQ(sent[0].to_address, "ada@example.com");
    EXPECT_EQ(sent[0].to_name, "Ada Lovelace");
    EXPECT_EQ(sent[0].from_address, "upward@mentoring.example.com");
    // Another row gets another id.
    Enqueue(Mail("pair-active:3:mentor"));
    EXPECT_NE(MessageIdFor(Row("pair-active:3:mentor"), "upward@mentoring.example.com"), sent[0].message_id);
}

TEST_P(MailOutboxTest, AnAddressThatCanNeverWorkFailsAtOnce) {
    auto dispatcher = Dispatcher();
    Enqueue(Mail("bad", "someone@example.com\r\nRCPT TO:<victim@example.com>"));
    Enqueue(Mail("empty", ""));
    const auto report = dispatcher.SendDue();
    EXPECT_EQ(report.Count(Result::kFailed), 2);
    EXPECT_EQ(Row("bad").status, "failed");
    EXPECT_EQ(Row("bad").attempts, 1);
    EXPECT_TRUE(transport_.Sent().empty());
}

TEST_P(MailOutboxTest, AStoppingPassLeavesAfterTheMessageInHand) {
    auto dispatcher = Dispatcher();
    for (const char* key : {"a", "b", "c", "d"}) Enqueue(Mail(key));
    int asked = 0;
    const auto report = dispatcher.RunPass([&] { return ++asked <= 1; });
    EXPECT_EQ(report.outcomes.size(), 1u);
    auto session = database_.Get().Acquire();
    const auto summary = storage::SummariseOutbox(*session, 0);
    EXPECT_EQ(summary.sent, 1);
    EXPECT_EQ(summary.queued, 3) << "the rest stay queued, not claimed";
}

TEST_P(MailOutboxTest, TheWorkerThreadSendsWhatIsQueuedAndStopsPromptly) {
    auto dispatcher = Dispatcher();
    std::mutex mutex;
    std::vector<MailPassReport> passes;
    MailWorker::Callbacks callbacks;
    callbacks.on_pass = [&](const MailPassReport& report) {
        std::lock_guard lock(mutex);
        passes.push_back(report);
    };
    // An hour between polls: only Wake() and Stop() can make this test finish in time.
    MailWorker worker(dispatcher, std::chrono::hours(1), callbacks);
    Enqueue(Mail("one"));
    worker.Start();
    ASSERT_TRUE(transport_.WaitForSent(1));
    Enqueue(Mail("two"));
    worker.Wake();
    ASSERT_TRUE(transport_.WaitForSent(2));
    const auto started = std::chrono::steady_clock::now();
    worker.Stop();
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
    EXPECT_EQ(Row("one").status, "sent");
    EXPECT_EQ(Row("two").status, "sent");
    std::lock_guard lock(mutex);
    int sent = 0;
    for (const auto& pass : passes) sent += pass.Count(Result::kSent);
    EXPECT_EQ(sent, 2);
}

TEST(MailAddressTest, SenderAddressesAreCheckedBeforeAnythingIsSent) {
    EXPECT_EQ(ParseMailbox("mentoring@example.com", "mail-from").address, "mentoring@example.com");
    const auto named = ParseMailbox("\"Upward Mentoring\" <mentoring@example.com>", "mail-from");
    EXPECT_EQ(named.name, "Upward Mentoring");
    EXPECT_EQ(named.address, "mentoring@example.com");
    EXPECT_EQ(ParseMailbox("Zoë Team <team@example.com>", "mail-from").name, "Zoë Team");
    for (const char* bad : {"", "nobody", "a@b@c", "Name <broken>", "x@example.com\r\nBcc: y@example.com", "a b@c.d"}) {
        EXPECT_THROW(ParseMailbox(bad, "mail-from"), InvalidInput) << bad;
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, MailOutboxTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::service
