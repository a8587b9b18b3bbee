#include "storage/jobs/scheduled_job_repository.hpp"

#include "storage/database/lease_queue.hpp"
#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

constexpr const char* kJobColumns =
    "id, kind, dedupe_key, payload, due_at, status, attempts, lease_until, claimed_by, last_error, created_at, "
    "finished_at";

ScheduledJob ReadJob(const soci::row& row) {
    ScheduledJob job;
    job.id = IntColumn(row, "id");
    job.kind = TextColumn(row, "kind");
    job.dedupe_key = TextColumn(row, "dedupe_key");
    job.payload = TextColumn(row, "payload");
    job.due_at = IntColumn(row, "due_at");
    job.status = TextColumn(row, "status");
    job.attempts = static_cast<int>(IntColumn(row, "attempts"));
    job.lease_until = IntColumn(row, "lease_until");
    job.claimed_by = TextColumn(row, "claimed_by");
    job.last_error = TextColumn(row, "last_error");
    job.created_at = IntColumn(row, "created_at");
    job.finished_at = OptionalIntColumn(row, "finished_at");
    return job;
}

// Errors can be long (a database's message with the statement); the column keeps what an operator reads.
std::string Shorten(const std::string& text) {
    constexpr std::size_t kLimit = 1000;
    return text.size() <= kLimit ? text : text.substr(0, kLimit) + "...";
}

}  // namespace

bool ScheduleJob(Connection& session, const std::string& kind, const std::string& dedupe_key,
                 const std::string& payload, long long due_at, long long now) {
    soci::statement insert =
        (session.prepare << "INSERT INTO scheduled_jobs (kind, dedupe_key, payload, due_at, status, attempts, "
                            "lease_until, created_at) VALUES (:kind, :key, :payload, :due, 'pending', 0, 0, :now) "
                            "ON CONFLICT (dedupe_key) DO NOTHING",
         soci::use(kind, "kind"), soci::use(dedupe_key, "key"), soci::use(payload, "payload"), soci::use(due_at, "due"),
         soci::use(now, "now"));
    insert.execute(true);
    return insert.get_affected_rows() > 0;
}

std::vector<ScheduledJob> ClaimDueJobs(Connection& session, Backend backend, long long now, long long lease_seconds,
                                       int max_attempts, int limit, const std::string& instance) {
    static constexpr LeaseQueue kJobs{
        .table = "scheduled_jobs",
        .waiting = "pending",
        .claimed = "running",
        .due_column = "due_at",
        .columns = kJobColumns,
        .gave_up_error = "gave up: the instance running the last attempt stopped before it finished",
        .finished_column = "finished_at",
        .claimant_column = "claimed_by",
    };
    std::vector<ScheduledJob> claimed;
    ClaimDue(session, backend, kJobs, now, lease_seconds, max_attempts, limit, instance,
             [&claimed](const soci::row& row) { claimed.push_back(ReadJob(row)); });
    return claimed;
}

bool HoldJobClaim(Connection& session, long long id, const std::string& instance, long long lease_until) {
    // A write that changes nothing, for its row lock and its affected-row count.
    soci::statement update =
        (session.prepare << "UPDATE scheduled_jobs SET lease_until = lease_until "
                            "WHERE id = :id AND status = 'running' AND claimed_by = :instance AND lease_until = :lease",
         soci::use(id), soci::use(instance), soci::use(lease_until));
    update.execute(true);
    return update.get_affected_rows() > 0;
}

bool FinishJob(Connection& session, long long id, const std::string& instance, long long lease_until,
               const std::string& status, const std::string& note, long long now) {
    const auto shortened = Shorten(note);
    soci::indicator note_indicator = NullIfEmpty(shortened);
    soci::statement update =
        (session.prepare << "UPDATE scheduled_jobs SET status = :status, last_error = :note, finished_at = :now, "
                            "lease_until = 0 "
                            "WHERE id = :id AND status = 'running' AND claimed_by = :instance AND lease_until = :lease",
         soci::use(status), soci::use(shortened, note_indicator), soci::use(now), soci::use(id), soci::use(instance),
         soci::use(lease_until));
    update.execute(true);
    return update.get_affected_rows() > 0;
}

bool RetryJob(Connection& session, long long id, const std::string& instance, long long lease_until,
              long long next_due_at, const std::string& error) {
    const auto shortened = Shorten(error);
    soci::statement update =
        (session.prepare << "UPDATE scheduled_jobs SET status = 'pending', due_at = :next, lease_until = 0, "
                            "last_error = :error "
                            "WHERE id = :id AND status = 'running' AND claimed_by = :instance AND lease_until = :lease",
         soci::use(next_due_at), soci::use(shortened), soci::use(id), soci::use(instance), soci::use(lease_until));
    update.execute(true);
    return update.get_affected_rows() > 0;
}

bool FailJob(Connection& session, long long id, const std::string& instance, long long lease_until,
             const std::string& error, long long now) {
    const auto shortened = Shorten(error);
    soci::statement update =
        (session.prepare << "UPDATE scheduled_jobs SET status = 'failed', lease_until = 0, last_error = :error, "
                            "finished_at = :now "
                            "WHERE id = :id AND status = 'running' AND claimed_by = :instance AND lease_until = :lease",
         soci::use(shortened), soci::use(now), soci::use(id), soci::use(instance), soci::use(lease_until));
    update.execute(true);
    return update.get_affected_rows() > 0;
}

std::optional<ScheduledJob> FindJob(Connection& session, long long id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kJobColumns + " FROM scheduled_jobs WHERE id = :id",
         soci::use(id));
    for (const auto& row : rows) return ReadJob(row);
    return std::nullopt;
}

std::optional<ScheduledJob> FindJobByDedupeKey(Connection& session, const std::string& dedupe_key) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kJobColumns + " FROM scheduled_jobs WHERE dedupe_key = :k",
         soci::use(dedupe_key));
    for (const auto& row : rows) return ReadJob(row);
    return std::nullopt;
}

std::vector<ScheduledJob> ListJobs(Connection& session, const std::string& kind) {
    std::vector<ScheduledJob> jobs;
    const int any = kind.empty() ? 1 : 0;
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kJobColumns +
                                " FROM scheduled_jobs WHERE (kind = :kind OR 1 = :any) ORDER BY due_at, id",
         soci::use(kind), soci::use(any));
    for (const auto& row : rows) jobs.push_back(ReadJob(row));
    return jobs;
}

}  // namespace upward::storage
