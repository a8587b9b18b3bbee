#pragma once

// A private calendar subscription feed, and a participant's calendar privacy on their application, as storage
// holds them. Plain data: storage returns it, services pass it up, http renders it.

#include <optional>

namespace upward::domain {

struct CalendarFeedRow {
    long long id = 0;
    long long user_id = 0;
    long long created_at = 0;
    std::optional<long long> revoked_at;
};

/// A participant's calendar privacy in one programme (on their application).
struct CalendarPrivacyRow {
    long long application_id = 0;
    bool confidential = false;
    bool calendar_details = false;
};

}  // namespace upward::domain
