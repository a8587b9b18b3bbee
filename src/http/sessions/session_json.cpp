#include "http/sessions/session_json.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "domain/session_series.hpp"
#include "http/json_fields.hpp"

namespace upward::http {

using nlohmann::json;

namespace {

json Instant(long long seconds) { return FormatTimestamp(seconds); }

json OptionalInstant(const std::optional<long long>& seconds) {
    return seconds ? json(FormatTimestamp(*seconds)) : json(nullptr);
}

json TextOrNull(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json ToJson(const domain::SessionOccurrence& occurrence) {
    json attendance = json::array();
    for (const auto& entry : occurrence.attendance) {
        attendance.push_back({{"side", entry.side},
                              {"took_place", entry.took_place},
                              {"absent_side", TextOrNull(entry.absent_side)},
                              {"confirmed_at", Instant(entry.confirmed_at)}});
    }
    return {{"id", occurrence.id},
            {"series_id", occurrence.series_id},
            {"recurrence_start", Instant(occurrence.recurrence_start)},
            {"starts_at", Instant(occurrence.starts_at)},
            {"ends_at", Instant(occurrence.ends_at)},
            {"status", occurrence.status},
            {"sequence", occurrence.sequence},
            {"moved", occurrence.starts_at != occurrence.recurrence_start},
            {"cancelled_by_side", TextOrNull(occurrence.cancelled_by_side)},
            {"cancel_reason", TextOrNull(occurrence.cancel_reason)},
            {"outcome", occurrence.outcome},
            {"attendance", attendance}};
}

json ToJson(const domain::SessionSeries& series) {
    const auto weekday = domain::WeekdayOf(series.first_local_start.substr(0, 10));
    return {{"id", series.id},
            {"uid", series.uid},
            {"sequence", series.sequence},
            {"status", series.status},
            {"time_zone", series.time_zone},
            {"first_local_start", series.first_local_start},
            {"weekday", std::string(domain::DayName(weekday))},
            {"start_time", series.first_local_start.substr(11)},
            {"interval_days", series.interval_days},
            {"minutes", series.minutes},
            {"until_date", series.until_date}};
}

json ToJson(const domain::SessionChange& change) {
    return {{"id", change.id},
            {"kind", change.kind},
            {"occurrence_id", change.occurrence_id ? json(*change.occurrence_id) : json(nullptr)},
            {"actor_user_id", change.actor_user_id ? json(*change.actor_user_id) : json(nullptr)},
            {"actor_name", TextOrNull(change.actor_name)},
            {"actor_side", change.actor_side},
            {"reason", change.reason},
            {"old_starts_at", OptionalInstant(change.old_starts_at)},
            {"new_starts_at", OptionalInstant(change.new_starts_at)},
            {"at", Instant(change.at)}};
}

int IntField(const json& body, const std::string& name, int current) {
    if (!body.contains(name)) return current;
    const auto& value = body[name];
    if (!value.is_number_integer()) throw InvalidInput(name, name + " must be a whole number");
    const auto number = value.get<long long>();
    if (number < -1000000 || number > 1000000) throw InvalidInput(name, name + " is out of range");
    return static_cast<int>(number);
}

}  // namespace

std::string TextFieldOf(const json& body, const std::string& name) {
    RequireObject(body);
    if (!body.contains(name) || body[name].is_null()) return "";
    if (!body[name].is_string()) throw InvalidInput(name, name + " must be text");
    return body[name].get<std::string>();
}

json ToJson(const service::PairSessions& sessions) {
    json upcoming = json::array();
    for (const auto& occurrence : sessions.upcoming) upcoming.push_back(ToJson(occurrence));
    json past = json::array();
    for (const auto& occurrence : sessions.past) past.push_back(ToJson(occurrence));
    json changes = json::array();
    for (const auto& change : sessions.changes) changes.push_back(ToJson(change));
    const auto& pair = sessions.pair;
    const auto& counts = sessions.counts;
    return {{"pair",
             {{"id", pair.id},
              {"programme_id", pair.programme_id},
              {"status", std::string(domain::ToString(pair.status))},
              {"mentee", pair.mentee},
              {"mentor", pair.mentor},
              {"mentee_name", pair.mentee_name},
              {"mentor_name", pair.mentor_name}}},
            {"viewer_side", sessions.viewer_side},
            {"mentee_time_zone", TextOrNull(sessions.mentee_time_zone)},
            {"mentor_time_zone", TextOrNull(sessions.mentor_time_zone)},
            {"series", sessions.series ? ToJson(*sessions.series) : json(nullptr)},
            {"upcoming", upcoming},
            {"past", past},
            {"counts",
             {{"mentee", {{"cancellations", counts.mentee_cancellations}, {"no_shows", counts.mentee_no_shows}}},
              {"mentor", {{"cancellations", counts.mentor_cancellations}, {"no_shows", counts.mentor_no_shows}}},
              {"held", counts.held},
              {"senior_misses", counts.mentee_misses},
              {"consecutive_senior_misses", counts.consecutive_mentee_misses}}},
            {"streak", counts.streak},
            {"changes", changes},
            {"now", Instant(sessions.now)}};
}

json ToJson(const domain::SessionPolicy& policy) {
    return {{"programme_id", policy.programme_id},
            {"reminder_minutes", policy.reminder_minutes},
            {"max_consecutive_misses", policy.max_consecutive_misses},
            {"max_total_misses", policy.max_total_misses},
            {"at_risk_weeks", policy.at_risk_weeks},
            {"updated_at", policy.updated_at > 0 ? json(FormatTimestamp(policy.updated_at)) : json(nullptr)}};
}

service::SeriesMove SeriesMoveFromJson(const json& body) {
    service::SeriesMove move;
    RequireObject(body);
    if (!body.contains("from_occurrence_id") || !body["from_occurrence_id"].is_number_integer()) {
        throw InvalidInput("from_occurrence_id", "from_occurrence_id (the first session to move) is required");
    }
    move.from_occurrence_id = body["from_occurrence_id"].get<long long>();
    move.weekday = TextFieldOf(body, "weekday");
    move.start_time = TextFieldOf(body, "start_time");
    move.time_zone = TextFieldOf(body, "time_zone");
    move.reason = TextFieldOf(body, "reason");
    return move;
}

service::AttendanceInput AttendanceFromJson(const json& body) {
    service::AttendanceInput input;
    RequireObject(body);
    if (body.contains("took_place")) {
        if (!body["took_place"].is_boolean()) throw InvalidInput("took_place", "took_place must be true or false");
        input.took_place = body["took_place"].get<bool>();
    }
    input.absent_side = TextFieldOf(body, "absent_side");
    return input;
}

domain::SessionPolicy SessionPolicyFromJson(const json& body, domain::SessionPolicy current) {
    RequireObject(body);
    for (const auto& [key, value] : body.items()) {
        if (key != "reminder_minutes" && key != "max_consecutive_misses" && key != "max_total_misses" &&
            key != "at_risk_weeks") {
            throw InvalidInput(key, "unknown field " + key);
        }
    }
    if (body.contains("reminder_minutes")) {
        const auto& list = body["reminder_minutes"];
        if (!list.is_array()) throw InvalidInput("reminder_minutes", "reminder_minutes must be a list of minutes");
        current.reminder_minutes.clear();
        for (const auto& item : list) {
            if (!item.is_number_integer() || item.get<long long>() < 0 || item.get<long long>() > 1000000) {
                throw InvalidInput("reminder_minutes", "each reminder is a whole number of minutes before the start");
            }
            current.reminder_minutes.push_back(item.get<int>());
        }
    }
    current.max_consecutive_misses = IntField(body, "max_consecutive_misses", current.max_consecutive_misses);
    current.max_total_misses = IntField(body, "max_total_misses", current.max_total_misses);
    current.at_risk_weeks = IntField(body, "at_risk_weeks", current.at_risk_weeks);
    return current;
}

}  // namespace upward::http
