#include "storage/scheduled_job_repository.hpp"

#include "storage/row_access.hpp"

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

bool ScheduleJob(soci::session& session, const std::string& kind, const std::string& dedupe_key,
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

std::vector<ScheduledJob> ClaimDueJobs(soci::session& session, Backend backend, long long now, long long lease_seconds,
                                       int max_attempts, int limit, const std::string& instance) {
    // An instance that died during a job's last attempt leaves it running with nothing left to try: give up on
    // it here, or it would stay "running" for ever.
    {
        const long long finished = now;
        session << "UPDATE scheduled_jobs SET status = 'failed', lease_until = 0, finished_at = :finished, "
                   "last_error = 'gave up: the instance running the last attempt stopped before it finished' "
                   "WHERE status = 'running' AND lease_until <= :now AND attempts >= :max",
            soci::use(finished), soci::use(now), soci::use(max_attempts);
    }
    const long long lease_until = now + lease_seconds;
    // One placeholder and one bound value per place, as in the other repositories.
    const long long now1 = now, now2 = now, now3 = now, now4 = now;
    // As in ClaimDueMail: the due ids are chosen once (a materialised CTE, so PostgreSQL cannot re-run a
    // LIMIT subquery per updated row), SKIP LOCKED lets instances take different rows instead of queueing on
    // one, and the UPDATE's WHERE repeats the due condition so that a row another instance claimed (or
    // finished) a moment ago is dropped when PostgreSQL re-checks it under READ COMMITTED.
    const std::string skip_locked = backend == Backend::kPostgres ? " FOR UPDATE SKIP LOCKED" : "";
    const std::string sql =
        std::string(
            "WITH due AS MATERIALIZED (SELECT id FROM scheduled_jobs "
            "WHERE ((status = 'pending' AND due_at <= :now1) OR (status = 'running' AND lease_until <= :now2)) "
            "AND attempts < :max ORDER BY due_at, id LIMIT :limit") +
        skip_locked +
        ") UPDATE scheduled_jobs SET status = 'running', attempts = attempts + 1, lease_until = :lease, "
        "claimed_by = :instance WHERE id IN (SELECT id FROM due) "
        "AND ((status = 'pending' AND due_at <= :now3) OR (status = 'running' AND lease_until <= :now4)) "
        "RETURNING " +
        kJobColumns;
    soci::rowset<soci::row> rows =
        (session.prepare << sql, soci::use(now1), soci::use(now2), soci::use(max_attempts), soci::use(limit),
         soci::use(lease_until), soci::use(instance), soci::use(now3), soci::use(now4));
    std::vector<ScheduledJob> claimed;
    for (const auto& row : rows) claimed.push_back(ReadJob(row));
    return claimed;
}

bool HoldJobClaim(soci::session& session, long long id, const std::string& instance, long long lease_until) {
    // A write that changes nothing, for its row lock and its affected-row count.
    soci::statement update =
        (session.prepare << "UPDATE scheduled_jobs SET lease_until = lease_until "
                            "WHERE id = :id AND status = 'running' AND claimed_by = :instance AND lease_until = :lease",
         soci::use(id), soci::use(instance), soci::use(lease_until));
    update.execute(true);
    return update.get_affected_rows() > 0;
}

bool FinishJob(soci::session& session, long long id, const std::string& instance, long long lease_until,
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

bool RetryJob(soci::session& session, long long id, const std::string& instance, long long lease_until,
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

bool FailJob(soci::session& session, long long id, const std::string& instance, long long lease_until,
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

std::optional<ScheduledJob> FindJob(soci::session& session, long long id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kJobColumns + " FROM scheduled_jobs WHERE id = :id",
         soci::use(id));
    for (const auto& row : rows) return ReadJob(row);
    return std::nullopt;
}

std::optional<ScheduledJob> FindJobByDedupeKey(soci::session& session, const std::string& dedupe_key) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kJobColumns + " FROM scheduled_jobs WHERE dedupe_key = :k",
         soci::use(dedupe_key));
    for (const auto& row : rows) return ReadJob(row);
    return std::nullopt;
}

std::vector<ScheduledJob> ListJobs(soci::session& session, const std::string& kind) {
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
