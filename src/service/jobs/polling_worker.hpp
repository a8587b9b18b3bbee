#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace upward::service {

/// Runs passes of a `Runner` (the mail dispatcher, the job scheduler) in a background thread: a pass, then (when
/// the pass handled less than a full batch) a wait of `poll_interval`, until Stop(). Stop wakes the wait at once
/// and returns after the item in hand is finished and recorded; whatever is left waits in the database for the
/// next start (or, for claimed jobs, for their lease to expire).
/// A Runner has `Report RunPass(std::function<bool()> keep_going)` and `Policy().batch_size`; its Report has
/// `outcomes` and `Empty()`.
template <typename Runner, typename Report>
class PollingWorker {
public:
    struct Callbacks {
        /// After every pass that handled something (logs, metrics).
        std::function<void(const Report&)> on_pass;
        /// When a pass failed as a whole (database unavailable); the worker tries again after the interval.
        std::function<void(const std::string&)> on_error;
    };

    PollingWorker(Runner& runner, std::chrono::milliseconds poll_interval, Callbacks callbacks = {})
        : runner_(runner), poll_interval_(poll_interval), callbacks_(std::move(callbacks)) {}
    ~PollingWorker() { Stop(); }
    PollingWorker(const PollingWorker&) = delete;
    PollingWorker& operator=(const PollingWorker&) = delete;

    void Start() {
        std::lock_guard lock(mutex_);
        if (thread_.joinable()) return;
        stopping_ = false;
        thread_ = std::thread([this] { Loop(); });
    }

    /// Idempotent; joins the thread.
    void Stop() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        if (thread_.joinable()) thread_.join();
    }

    /// Starts the next pass now instead of at the end of the wait.
    void Wake() {
        {
            std::lock_guard lock(mutex_);
            woken_ = true;
        }
        wake_.notify_all();
    }

private:
    void Loop() {
        for (;;) {
            bool more = false;
            try {
                const auto report = runner_.RunPass([this] { return !stopping_.load(); });
                if (!report.Empty() && callbacks_.on_pass) callbacks_.on_pass(report);
                // A full batch means more may be due: go again without waiting.
                more = static_cast<int>(report.outcomes.size()) >= runner_.Policy().batch_size;
            } catch (const std::exception& error) {
                if (callbacks_.on_error) callbacks_.on_error(error.what());
            }
            std::unique_lock lock(mutex_);
            if (!more) wake_.wait_for(lock, poll_interval_, [this] { return stopping_.load() || woken_; });
            woken_ = false;
            if (stopping_) return;
        }
    }

    Runner& runner_;
    std::chrono::milliseconds poll_interval_;
    Callbacks callbacks_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool woken_ = false;
    // Set under mutex_ (so the wait cannot miss it), read without it between the items of a pass.
    std::atomic<bool> stopping_{false};
    std::thread thread_;
};

}  // namespace upward::service
