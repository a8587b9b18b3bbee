#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "service/mail_delivery.hpp"

namespace upward::service {

/// Runs a MailDispatcher in a background thread: a pass, then (when the pass found nothing more to send) a
/// wait of `poll_interval`, until Stop(). Stop wakes the wait at once and returns after the message being
/// sent, if any, was sent and recorded; whatever is still queued stays queued for the next start.
class MailWorker {
public:
    struct Callbacks {
        /// After every pass that tried at least one message (for logs and metrics).
        std::function<void(const MailPassReport&)> on_pass;
        /// When a pass failed as a whole (database unavailable); the worker tries again after the interval.
        std::function<void(const std::string&)> on_error;
    };

    MailWorker(MailDispatcher& dispatcher, std::chrono::milliseconds poll_interval, Callbacks callbacks = {});
    ~MailWorker();
    MailWorker(const MailWorker&) = delete;
    MailWorker& operator=(const MailWorker&) = delete;

    void Start();
    /// Idempotent; joins the thread.
    void Stop();
    /// Starts the next pass now instead of at the end of the wait.
    void Wake();

private:
    void Loop();

    MailDispatcher& dispatcher_;
    std::chrono::milliseconds poll_interval_;
    Callbacks callbacks_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool woken_ = false;
    // Set under mutex_ (so the wait cannot miss it), read without it between the messages of a pass.
    std::atomic<bool> stopping_{false};
    std::thread thread_;
};

}  // namespace upward::service
