#include "storage/sessions/session_job_payloads.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace upward::storage {

namespace {

nlohmann::json ReadPayload(const domain::ScheduledJob& job) {
    auto payload = nlohmann::json::parse(job.payload, nullptr, false);
    if (payload.is_discarded() || !payload.is_object() || !payload.contains("occurrence_id")) {
        throw std::runtime_error("the job's payload is not the JSON object a " + job.kind + " job carries");
    }
    return payload;
}

}  // namespace

std::string EncodeReminderPayload(const ReminderPayload& payload) {
    return nlohmann::json{{"occurrence_id", payload.occurrence_id},
                          {"offset_minutes", payload.offset_minutes},
                          {"starts_at", payload.starts_at}}
        .dump();
}

std::string EncodeAttendancePromptPayload(const AttendancePromptPayload& payload) {
    return nlohmann::json{{"occurrence_id", payload.occurrence_id}, {"ends_at", payload.ends_at}}.dump();
}

ReminderPayload DecodeReminderPayload(const domain::ScheduledJob& job) {
    const auto payload = ReadPayload(job);
    ReminderPayload out;
    out.occurrence_id = payload.at("occurrence_id").get<long long>();
    out.offset_minutes = payload.at("offset_minutes").get<int>();
    out.starts_at = payload.at("starts_at").get<long long>();
    return out;
}

AttendancePromptPayload DecodeAttendancePromptPayload(const domain::ScheduledJob& job) {
    const auto payload = ReadPayload(job);
    AttendancePromptPayload out;
    out.occurrence_id = payload.at("occurrence_id").get<long long>();
    out.ends_at = payload.at("ends_at").get<long long>();
    return out;
}

}  // namespace upward::storage
