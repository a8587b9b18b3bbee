#include "service/calendar/calendar_feed_service.hpp"

#include "calendar/ical_render.hpp"
#include "core/errors.hpp"
#include "service/calendar/calendar_documents.hpp"
#include "service/secrets/secrets.hpp"
#include "storage/calendar/calendar_repository.hpp"
#include "storage/database/database.hpp"
#include "storage/identity/user_repository.hpp"

namespace upward::service {

namespace {

constexpr const char* kFeedName = "Upward sessions";
// How often clients should fetch again: an hour keeps moved sessions fresh without hammering the server.
constexpr int kRefreshMinutes = 60;

}  // namespace

CreatedCalendarFeed CalendarFeedService::Create(const domain::Caller& caller) {
    const auto secret = RandomSecret(32);
    auto session = database_.Acquire();
    CreatedCalendarFeed created;
    created.created_at = clock_.NowSeconds();
    created.id = storage::InsertCalendarFeed(*session, caller.user_id, DigestSecret(secret), created.created_at);
    created.url = public_url_ + "/calendar/" + secret + ".ics";
    return created;
}

std::vector<domain::CalendarFeedRow> CalendarFeedService::List(const domain::Caller& caller) {
    auto session = database_.Acquire();
    return storage::ListCalendarFeeds(*session, caller.user_id);
}

void CalendarFeedService::Revoke(const domain::Caller& caller, long long feed_id) {
    auto session = database_.Acquire();
    if (!storage::RevokeCalendarFeed(*session, caller.user_id, feed_id, clock_.NowSeconds())) {
        throw NotFound("no such calendar feed");
    }
}

std::optional<std::string> CalendarFeedService::Document(const std::string& secret) {
    if (secret.empty()) return std::nullopt;
    auto session = database_.Acquire();
    const auto owner = storage::FindCalendarFeedOwner(*session, DigestSecret(secret));
    if (!owner) return std::nullopt;
    const auto user = storage::FindUserById(*session, *owner);
    if (!user || user->disabled) return std::nullopt;  // a disabled account's feed stops with it
    const auto& person_id = user->person_id;
    calendar::Feed feed;
    feed.name = kFeedName;
    feed.refresh_minutes = kRefreshMinutes;
    if (!person_id.empty()) {
        for (const auto& series : storage::ListActiveSeriesOfPerson(*session, person_id)) {
            const auto context = LoadSeriesContext(*session, series.id);
            if (!context) continue;
            feed.series.push_back(SeriesEventFor(*context, person_id));
        }
    }
    return calendar::RenderFeed(feed, clock_.NowSeconds());
}

domain::CalendarPrivacyRow CalendarFeedService::OwnApplication(storage::Connection& session,
                                                               const domain::Caller& caller, long long programme_id) {
    if (caller.IsSponsor()) throw Forbidden("sponsors take no part in pairs");
    const auto application = storage::FindCalendarPrivacy(session, programme_id, caller.user_id);
    if (!application) throw NotFound("you have no application in this programme");
    return *application;
}

CalendarPrivacy CalendarFeedService::GetPrivacy(const domain::Caller& caller, long long programme_id) {
    auto session = database_.Acquire();
    const auto application = OwnApplication(*session, caller, programme_id);
    return {programme_id, application.confidential, application.calendar_details};
}

CalendarPrivacy CalendarFeedService::SetPrivacy(const domain::Caller& caller, long long programme_id, bool confidential,
                                                bool calendar_details) {
    auto session = database_.Acquire();
    const auto application = OwnApplication(*session, caller, programme_id);
    storage::UpdateCalendarPrivacy(*session, application.application_id, confidential, calendar_details,
                                   clock_.NowSeconds());
    return {programme_id, confidential, calendar_details};
}

}  // namespace upward::service
