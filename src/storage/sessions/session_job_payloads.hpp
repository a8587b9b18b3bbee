#pragma once

#include <string>

#include "domain/records/job_records.hpp"

namespace upward::storage {

/// The payloads of the session jobs, as the scheduled_jobs table stores them (a JSON object each).

/// A reminder: the occurrence, how many minutes before it, and the start it was planned for.
struct ReminderPayload {
    long long occurrence_id = 0;
    int offset_minutes = 0;
    long long starts_at = 0;
};

/// An attendance prompt: the occurrence and the end it was planned for.
struct AttendancePromptPayload {
    long long occurrence_id = 0;
    long long ends_at = 0;
};

std::string EncodeReminderPayload(const ReminderPayload& payload);
std::string EncodeAttendancePromptPayload(const AttendancePromptPayload& payload);

/// The job's payload read back; std::runtime_error when it is not the object a job of its kind carries.
ReminderPayload DecodeReminderPayload(const domain::ScheduledJob& job);
AttendancePromptPayload DecodeAttendancePromptPayload(const domain::ScheduledJob& job);

}  // namespace upward::storage
