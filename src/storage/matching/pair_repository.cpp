#include "storage/matching/pair_repository.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

// A pair with its people's names from the directory (LEFT JOIN: someone who left the directory keeps their pairs).
constexpr const char* kPairSelect =
    "SELECT p.id, p.programme_id, p.mentee, p.mentor, p.status, p.run_id, p.request_id, p.score, "
    "p.mentee_accepted_at, p.mentor_accepted_at, p.declined_by, p.decline_reason, p.created_at, p.updated_at, "
    "mentee_person.name AS mentee_name, mentor_person.name AS mentor_name FROM pairs p "
    "LEFT JOIN people mentee_person ON mentee_person.employee_id = p.mentee "
    "LEFT JOIN people mentor_person ON mentor_person.employee_id = p.mentor";

domain::Pair ReadPair(const soci::row& row) {
    domain::Pair pair;
    pair.id = IntColumn(row, "id");
    pair.programme_id = IntColumn(row, "programme_id");
    pair.mentee = TextColumn(row, "mentee");
    pair.mentor = TextColumn(row, "mentor");
    pair.status = domain::ParsePairStatus(TextColumn(row, "status")).value_or(domain::PairStatus::kProposed);
    pair.run_id = IntColumn(row, "run_id");
    pair.request_id = IntColumn(row, "request_id");
    if (const auto score = OptionalIntColumn(row, "score")) pair.score = static_cast<int>(*score);
    pair.mentee_accepted_at = OptionalIntColumn(row, "mentee_accepted_at");
    pair.mentor_accepted_at = OptionalIntColumn(row, "mentor_accepted_at");
    pair.declined_by = TextColumn(row, "declined_by");
    if (row.get_indicator("decline_reason") == soci::i_ok) pair.decline_reason = TextColumn(row, "decline_reason");
    pair.mentee_name = TextColumn(row, "mentee_name");
    pair.mentor_name = TextColumn(row, "mentor_name");
    pair.created_at = IntColumn(row, "created_at");
    pair.updated_at = IntColumn(row, "updated_at");
    return pair;
}

domain::MatchRequest ReadRequest(const soci::row& row) {
    domain::MatchRequest request;
    request.id = IntColumn(row, "id");
    request.programme_id = IntColumn(row, "programme_id");
    request.mentee = TextColumn(row, "mentee");
    request.mentor = TextColumn(row, "mentor");
    request.status = domain::ParseRequestStatus(TextColumn(row, "status")).value_or(domain::RequestStatus::kPending);
    request.created_at = IntColumn(row, "created_at");
    request.answered_at = OptionalIntColumn(row, "answered_at");
    return request;
}

// Indicators must be lvalues that outlive the statement.
struct OptionalTime {
    explicit OptionalTime(const std::optional<long long>& time)
        : value(time.value_or(0)), indicator(time ? soci::i_ok : soci::i_null) {}
    long long value;
    soci::indicator indicator;
};

}  // namespace

long long InsertPair(Connection& session, const domain::Pair& pair) {
    const std::string status(domain::ToString(pair.status));
    long long run_id = pair.run_id;
    long long request_id = pair.request_id;
    int score = pair.score.value_or(0);
    soci::indicator run_ind = run_id > 0 ? soci::i_ok : soci::i_null;
    soci::indicator request_ind = request_id > 0 ? soci::i_ok : soci::i_null;
    soci::indicator score_ind = pair.score ? soci::i_ok : soci::i_null;
    OptionalTime mentee_at(pair.mentee_accepted_at);
    OptionalTime mentor_at(pair.mentor_accepted_at);
    long long id = 0;
    session
        << "INSERT INTO pairs (programme_id, mentee, mentor, status, run_id, request_id, score, mentee_accepted_at, "
           "mentor_accepted_at, created_at, updated_at) VALUES (:p, :mentee, :mentor, :status, :run, :request, "
           ":score, :mentee_at, :mentor_at, :created, :updated) RETURNING id",
        soci::use(pair.programme_id), soci::use(pair.mentee), soci::use(pair.mentor), soci::use(status),
        soci::use(run_id, run_ind), soci::use(request_id, request_ind), soci::use(score, score_ind),
        soci::use(mentee_at.value, mentee_at.indicator), soci::use(mentor_at.value, mentor_at.indicator),
        soci::use(pair.created_at), soci::use(pair.updated_at), soci::into(id);
    return id;
}

std::optional<domain::Pair> FindPair(Connection& session, long long id) {
    soci::rowset<soci::row> rows = (session.prepare << std::string(kPairSelect) + " WHERE p.id = :id", soci::use(id));
    for (const auto& row : rows) return ReadPair(row);
    return std::nullopt;
}

void LockPair(Connection& session, long long id) {
    // A no-op write takes PostgreSQL's row lock until the transaction ends; SQLite's BEGIN IMMEDIATE already
    // serialises writers. Either way the read-modify-write that follows cannot lose a concurrent change.
    session << "UPDATE pairs SET updated_at = updated_at WHERE id = :id", soci::use(id);
}

namespace {

// A programme's rows of one table, oldest first; with `person`, only those where they are mentee or mentor.
// `table` qualifies the column names when `select` joins other tables ("p." or "").
template <typename Item, typename Reader>
std::vector<Item> ListForProgramme(Connection& session, const std::string& select, const std::string& table,
                                   long long programme_id, const std::string& person, Reader read) {
    std::vector<Item> items;
    const auto order = " ORDER BY " + table + "id";
    if (person.empty()) {
        soci::rowset<soci::row> rows = (session.prepare << select + order, soci::use(programme_id));
        for (const auto& row : rows) items.push_back(read(row));
    } else {
        soci::rowset<soci::row> rows =
            (session.prepare << select + " AND (" + table + "mentee = :a OR " + table + "mentor = :b)" + order,
             soci::use(programme_id), soci::use(person), soci::use(person));
        for (const auto& row : rows) items.push_back(read(row));
    }
    return items;
}

}  // namespace

std::vector<domain::Pair> ListPairs(Connection& session, long long programme_id, const std::string& person) {
    return ListForProgramme<domain::Pair>(session, std::string(kPairSelect) + " WHERE p.programme_id = :p", "p.",
                                          programme_id, person, ReadPair);
}

std::vector<domain::MatchRequest> ListRequests(Connection& session, long long programme_id, const std::string& person) {
    return ListForProgramme<domain::MatchRequest>(session,
                                                  "SELECT id, programme_id, mentee, mentor, status, created_at, "
                                                  "answered_at FROM match_requests WHERE programme_id = :p",
                                                  "", programme_id, person, ReadRequest);
}

void UpdatePair(Connection& session, const domain::Pair& pair) {
    const std::string status(domain::ToString(pair.status));
    OptionalTime mentee_at(pair.mentee_accepted_at);
    OptionalTime mentor_at(pair.mentor_accepted_at);
    const std::string reason = pair.decline_reason.value_or("");
    soci::indicator reason_ind = pair.decline_reason ? soci::i_ok : soci::i_null;
    soci::indicator declined_ind = NullIfEmpty(pair.declined_by);
    session << "UPDATE pairs SET status = :status, mentee_accepted_at = :mentee_at, mentor_accepted_at = :mentor_at, "
               "declined_by = :declined_by, decline_reason = :reason, updated_at = :updated WHERE id = :id",
        soci::use(status), soci::use(mentee_at.value, mentee_at.indicator),
        soci::use(mentor_at.value, mentor_at.indicator), soci::use(pair.declined_by, declined_ind),
        soci::use(reason, reason_ind), soci::use(pair.updated_at), soci::use(pair.id);
}

void SetPairStatus(Connection& session, long long id, domain::PairStatus status, long long now) {
    const std::string text(domain::ToString(status));
    session << "UPDATE pairs SET status = :status, updated_at = :now WHERE id = :id", soci::use(text), soci::use(now),
        soci::use(id);
}

long long PublishRunPairs(Connection& session, long long programme_id, long long run_id, long long now) {
    soci::statement statement =
        (session.prepare
             << "INSERT INTO pairs (programme_id, mentee, mentor, status, run_id, score, created_at, updated_at) "
                "SELECT :p, mentee, mentor, 'proposed', run_id, score, :now, :now2 FROM match_proposals "
                "WHERE run_id = :r AND mentee NOT IN (SELECT mentee FROM pairs WHERE programme_id = :p2 "
                "AND status IN ('proposed', 'accepted', 'active'))",
         soci::use(programme_id), soci::use(now), soci::use(now), soci::use(run_id), soci::use(programme_id));
    statement.execute(true);
    return statement.get_affected_rows();
}

long long InsertRequest(Connection& session, const domain::MatchRequest& request) {
    const std::string status(domain::ToString(request.status));
    long long id = 0;
    session << "INSERT INTO match_requests (programme_id, mentee, mentor, status, created_at) "
               "VALUES (:p, :mentee, :mentor, :status, :created) RETURNING id",
        soci::use(request.programme_id), soci::use(request.mentee), soci::use(request.mentor), soci::use(status),
        soci::use(request.created_at), soci::into(id);
    return id;
}

std::optional<domain::MatchRequest> FindRequest(Connection& session, long long id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT id, programme_id, mentee, mentor, status, created_at, answered_at "
                            "FROM match_requests WHERE id = :id",
         soci::use(id));
    for (const auto& row : rows) return ReadRequest(row);
    return std::nullopt;
}

bool HasPendingRequest(Connection& session, long long programme_id, const std::string& mentee,
                       const std::string& mentor) {
    long long count = 0;
    session << "SELECT COUNT(*) FROM match_requests WHERE programme_id = :p AND mentee = :a AND mentor = :b "
               "AND status = 'pending'",
        soci::use(programme_id), soci::use(mentee), soci::use(mentor), soci::into(count);
    return count > 0;
}

void UpdateRequest(Connection& session, const domain::MatchRequest& request) {
    const std::string status(domain::ToString(request.status));
    OptionalTime answered(request.answered_at);
    session << "UPDATE match_requests SET status = :status, answered_at = :answered WHERE id = :id", soci::use(status),
        soci::use(answered.value, answered.indicator), soci::use(request.id);
}

void WithdrawPendingRequests(Connection& session, long long programme_id, const std::string& mentee, long long now) {
    session << "UPDATE match_requests SET status = 'withdrawn', answered_at = :now WHERE programme_id = :p "
               "AND mentee = :m AND status = 'pending'",
        soci::use(now), soci::use(programme_id), soci::use(mentee);
}

}  // namespace upward::storage
