#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/records/calendar_records.hpp"
#include "domain/roles.hpp"
#include "service/storage_handles.hpp"

namespace upward::service {

/// A feed just created: the only time its URL (with the secret) is ever shown.
struct CreatedCalendarFeed {
    long long id = 0;
    std::string url;  // <public_url>/calendar/<secret>.ics
    long long created_at = 0;
};

/// A participant's calendar privacy in one programme.
struct CalendarPrivacy {
    long long programme_id = 0;
    bool confidential = false;
    bool calendar_details = false;
};

/// Private calendar subscriptions and the privacy choice that shapes them.
///
/// Every signed-in person manages only their own feeds (another person's feed is NotFound). The secret is 32
/// random bytes shown once; only its BLAKE2b digest is stored, so the database cannot give it back. The
/// public feed address answers for an active secret only: unknown and revoked secrets look the same.
/// The privacy choice lives on the caller's own application in the programme: sponsors have none
/// (Forbidden), anyone without an application there gets NotFound.
class CalendarFeedService {
public:
    CalendarFeedService(storage::Database& database, const Clock& clock, std::string public_url)
        : database_(database), clock_(clock), public_url_(std::move(public_url)) {}

    CreatedCalendarFeed Create(const domain::Caller& caller);
    std::vector<domain::CalendarFeedRow> List(const domain::Caller& caller);
    void Revoke(const domain::Caller& caller, long long feed_id);

    /// The iCalendar document of the feed with this secret (every active series of its owner's pairs), or
    /// nullopt when no active feed has it.
    std::optional<std::string> Document(const std::string& secret);

    CalendarPrivacy GetPrivacy(const domain::Caller& caller, long long programme_id);
    CalendarPrivacy SetPrivacy(const domain::Caller& caller, long long programme_id, bool confidential,
                               bool calendar_details);

private:
    domain::CalendarPrivacyRow OwnApplication(storage::Connection& session, const domain::Caller& caller,
                                              long long programme_id);

    storage::Database& database_;
    const Clock& clock_;
    std::string public_url_;
};

}  // namespace upward::service
