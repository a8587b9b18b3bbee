#pragma once
// Test helpers for the calendar work: session series and occurrences written straight into the tables of
// migrations/V007 (the sessions service is built alongside, so these tests do not depend on it), and the
// independent reader of .ics files (tests/calendar/read_ics.py, Debian's python3-icalendar).
// Header-only so any test binary can use it without a change to the test support library.

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "calendar/local_time.hpp"
#include "storage/database/sql.hpp"

namespace upward::testing {

/// A series row and one occurrence row per rule date, all scheduled.
struct SeededSeries {
    long long id = 0;
    std::vector<long long> occurrence_ids;
    std::vector<long long> starts;  // UTC seconds, the rule's instants
};

inline SeededSeries SeedSeries(storage::Connection& session, long long pair_id, const std::string& zone,
                               const std::string& first_local_start, int interval_days, int minutes, int count,
                               const std::string& until_date, const std::string& uid, long long now) {
    SeededSeries seeded;
    session << "INSERT INTO session_series (pair_id, time_zone, first_local_start, interval_days, minutes, until_date, "
               "uid, sequence, status, created_at, updated_at) VALUES (:p, :z, :f, :i, :m, :u, :uid, 0, 'active', :c, "
               ":t) RETURNING id",
        soci::use(pair_id), soci::use(zone), soci::use(first_local_start), soci::use(interval_days), soci::use(minutes),
        soci::use(until_date), soci::use(uid), soci::use(now), soci::use(now), soci::into(seeded.id);
    const auto first = calendar::ParseLocalTime(first_local_start);
    // The same wall-clock time every interval_days, in the zone: date arithmetic on the naive local time.
    const long long naive = calendar::ToUtc("UTC", first);
    for (int i = 0; i < count; ++i) {
        const auto local = calendar::ToLocal("UTC", naive + 86400LL * interval_days * i);
        const long long start = calendar::ToUtc(zone, local);
        const long long end = start + 60LL * minutes;
        long long id = 0;
        session << "INSERT INTO session_occurrences (series_id, pair_id, recurrence_start, starts_at, ends_at, status, "
                   "sequence, outcome, updated_at) VALUES (:s, :p, :r, :b, :e, 'scheduled', 0, 'pending', :t) "
                   "RETURNING id",
            soci::use(seeded.id), soci::use(pair_id), soci::use(start), soci::use(start), soci::use(end),
            soci::use(now), soci::into(id);
        seeded.occurrence_ids.push_back(id);
        seeded.starts.push_back(start);
    }
    return seeded;
}

/// Moves one occurrence as the sessions service would: new times, its own SEQUENCE raised.
inline void MoveOccurrence(storage::Connection& session, long long occurrence_id, long long starts_at,
                           long long ends_at, int sequence) {
    session << "UPDATE session_occurrences SET starts_at = :b, ends_at = :e, sequence = :q WHERE id = :id",
        soci::use(starts_at), soci::use(ends_at), soci::use(sequence), soci::use(occurrence_id);
}

inline void CancelOccurrence(storage::Connection& session, long long occurrence_id, int sequence) {
    session << "UPDATE session_occurrences SET status = 'cancelled', sequence = :q WHERE id = :id", soci::use(sequence),
        soci::use(occurrence_id);
}

inline void SetSeriesState(storage::Connection& session, long long series_id, int sequence, const std::string& status) {
    session << "UPDATE session_series SET sequence = :q, status = :s WHERE id = :id", soci::use(sequence),
        soci::use(status), soci::use(series_id);
}

/// Reads `ics` back with tests/calendar/read_ics.py (python3-icalendar): the JSON that script prints.
inline nlohmann::json ReadIcs(const std::string& ics, const std::string& folder) {
    static int counter = 0;
    const std::string file = folder + "/document-" + std::to_string(++counter) + ".ics";
    {
        std::ofstream out(file, std::ios::binary);
        out << ics;
    }
    // Debian's interpreter, where python3-icalendar is installed (PATH may lead to another python3).
    const char* python_env = std::getenv("UPWARD_TEST_PYTHON");
    const std::string python = python_env != nullptr && *python_env != '\0' ? python_env : "/usr/bin/python3";
    const std::string command =
        python + " " + std::string(UPWARD_SOURCE_DIR) + "/tests/calendar/read_ics.py '" + file + "' 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
    std::string output;
    std::array<char, 4096> buffer{};
    while (const auto read = std::fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), read);
    const int status = pclose(pipe);
    if (status != 0) throw std::runtime_error("read_ics.py failed (is python3-icalendar installed?): " + output);
    return nlohmann::json::parse(output);
}

}  // namespace upward::testing
