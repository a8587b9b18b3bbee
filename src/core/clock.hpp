#pragma once

#include <chrono>
#include <cstdint>

namespace upward {

/// Time as the domain sees it. Injected everywhere so tests control it.
class Clock {
public:
    virtual ~Clock() = default;
    /// Seconds since the Unix epoch, UTC.
    virtual std::int64_t NowSeconds() const = 0;
};

class SystemClock final : public Clock {
public:
    std::int64_t NowSeconds() const override {
        return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};

/// A clock tests move by hand.
class ManualClock final : public Clock {
public:
    explicit ManualClock(std::int64_t now) : now_(now) {}
    std::int64_t NowSeconds() const override { return now_; }
    void Advance(std::int64_t seconds) { now_ += seconds; }
    void Set(std::int64_t now) { now_ = now; }

private:
    std::int64_t now_;
};

}  // namespace upward
