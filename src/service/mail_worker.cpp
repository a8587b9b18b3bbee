#include "service/mail_worker.hpp"

namespace upward::service {

MailWorker::MailWorker(MailDispatcher& dispatcher, std::chrono::milliseconds poll_interval, Callbacks callbacks)
    : dispatcher_(dispatcher), poll_interval_(poll_interval), callbacks_(std::move(callbacks)) {}

MailWorker::~MailWorker() { Stop(); }

void MailWorker::Start() {
    std::lock_guard lock(mutex_);
    if (thread_.joinable()) return;
    stopping_ = false;
    thread_ = std::thread([this] { Loop(); });
}

void MailWorker::Stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void MailWorker::Wake() {
    {
        std::lock_guard lock(mutex_);
        woken_ = true;
    }
    wake_.notify_all();
}

void MailWorker::Loop() {
    for (;;) {
        bool more = false;
        try {
            const auto report = dispatcher_.RunPass([this] { return !stopping_.load(); });
            if (!report.Empty() && callbacks_.on_pass) callbacks_.on_pass(report);
            // A full batch means more may be due: go again without waiting.
            more = static_cast<int>(report.outcomes.size()) >= dispatcher_.Policy().batch_size;
        } catch (const std::exception& error) {
            if (callbacks_.on_error) callbacks_.on_error(error.what());
        }
        std::unique_lock lock(mutex_);
        if (!more) wake_.wait_for(lock, poll_interval_, [this] { return stopping_.load() || woken_; });
        woken_ = false;
        if (stopping_) return;
    }
}

}  // namespace upward::service
