#include "storage/matching/match_run_repository.hpp"

#include <nlohmann/json.hpp>

#include "storage/database/bulk_insert.hpp"
#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

using nlohmann::json;

namespace {

std::string RejectedPinsText(const std::vector<domain::RejectedPin>& pins) {
    json list = json::array();
    for (const auto& pin : pins) {
        list.push_back({{"mentee", pin.mentee}, {"mentor", pin.mentor}, {"rule", pin.rule}, {"detail", pin.detail}});
    }
    return list.dump();
}

std::vector<domain::RejectedPin> RejectedPinsFrom(const std::string& text) {
    std::vector<domain::RejectedPin> pins;
    const auto list = json::parse(text.empty() ? "[]" : text, nullptr, false);
    if (!list.is_array()) return pins;
    for (const auto& pin : list) {
        pins.push_back(
            {pin.value("mentee", ""), pin.value("mentor", ""), pin.value("rule", ""), pin.value("detail", "")});
    }
    return pins;
}

}  // namespace

long long InsertRun(Connection& session, Backend backend, const domain::MatchRun& run,
                    const std::vector<domain::Proposal>& proposals,
                    const std::vector<domain::UnmatchedParticipant>& unmatched) {
    long long id = 0;
    const std::string rejected = RejectedPinsText(run.rejected_pins);
    soci::indicator created_by = run.created_by > 0 ? soci::i_ok : soci::i_null;
    session << "INSERT INTO match_runs (programme_id, mode, created_by, created_at, duration_ms, mentees, mentors, "
               "pair_count, total_score, rejected_pins) VALUES (:p, :mode, :by, :at, :ms, :mentees, :mentors, :pairs, "
               ":total, :rejected) RETURNING id",
        soci::use(run.programme_id), soci::use(run.mode), soci::use(run.created_by, created_by),
        soci::use(run.created_at), soci::use(run.duration_ms), soci::use(run.mentees), soci::use(run.mentors),
        soci::use(run.pair_count), soci::use(run.total_score), soci::use(rejected), soci::into(id);
    if (!proposals.empty()) {
        BulkInsert insert(session, backend, "match_proposals",
                          {"run_id", "mentee", "mentor", "score", "topics_score", "availability_score",
                           "timezone_score", "cross_department_score", "preference_score", "source"});
        for (const auto& proposal : proposals) {
            insert.Integer(id);
            insert.Text(proposal.mentee);
            insert.Text(proposal.mentor);
            insert.Integer(proposal.parts.Total());
            insert.Integer(proposal.parts.topics);
            insert.Integer(proposal.parts.availability);
            insert.Integer(proposal.parts.timezone);
            insert.Integer(proposal.parts.cross_department);
            insert.Integer(proposal.parts.preference);
            insert.Text(proposal.source);
            insert.EndRow();
        }
        insert.Finish();
    }
    if (!unmatched.empty()) {
        BulkInsert insert(session, backend, "match_unmatched", {"run_id", "employee_id", "side", "reason", "detail"});
        for (const auto& entry : unmatched) {
            insert.Integer(id);
            insert.Text(entry.employee_id);
            insert.Text(domain::ToString(entry.side));
            insert.Text(entry.reason);
            insert.Text(entry.detail.empty() ? entry.reason : entry.detail);
            insert.EndRow();
        }
        insert.Finish();
    }
    return id;
}

std::optional<domain::MatchRun> LatestRun(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT id, programme_id, mode, created_by, created_at, duration_ms, mentees, mentors, "
                            "pair_count, total_score, rejected_pins, published_at FROM match_runs "
                            "WHERE programme_id = :p ORDER BY id DESC LIMIT 1",
         soci::use(programme_id));
    for (const auto& row : rows) {
        domain::MatchRun run;
        run.id = IntColumn(row, "id");
        run.programme_id = IntColumn(row, "programme_id");
        run.mode = TextColumn(row, "mode");
        run.created_by = IntColumn(row, "created_by");
        run.created_at = IntColumn(row, "created_at");
        run.duration_ms = IntColumn(row, "duration_ms");
        run.mentees = static_cast<int>(IntColumn(row, "mentees"));
        run.mentors = static_cast<int>(IntColumn(row, "mentors"));
        run.pair_count = static_cast<int>(IntColumn(row, "pair_count"));
        run.total_score = IntColumn(row, "total_score");
        run.rejected_pins = RejectedPinsFrom(TextColumn(row, "rejected_pins"));
        run.published_at = OptionalIntColumn(row, "published_at");
        return run;
    }
    return std::nullopt;
}

std::vector<domain::Proposal> LoadProposals(Connection& session, long long run_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT mentee, mentor, topics_score, availability_score, timezone_score, "
                            "cross_department_score, preference_score, source FROM match_proposals WHERE run_id = :r "
                            "ORDER BY mentee",
         soci::use(run_id));
    std::vector<domain::Proposal> proposals;
    for (const auto& row : rows) {
        domain::Proposal& proposal = proposals.emplace_back();
        proposal.mentee = TextColumn(row, "mentee");
        proposal.mentor = TextColumn(row, "mentor");
        proposal.parts.topics = static_cast<int>(IntColumn(row, "topics_score"));
        proposal.parts.availability = static_cast<int>(IntColumn(row, "availability_score"));
        proposal.parts.timezone = static_cast<int>(IntColumn(row, "timezone_score"));
        proposal.parts.cross_department = static_cast<int>(IntColumn(row, "cross_department_score"));
        proposal.parts.preference = static_cast<int>(IntColumn(row, "preference_score"));
        proposal.source = TextColumn(row, "source");
    }
    return proposals;
}

std::vector<domain::UnmatchedParticipant> LoadUnmatched(Connection& session, long long run_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT employee_id, side, reason, detail FROM match_unmatched WHERE run_id = :r "
                            "ORDER BY side DESC, employee_id",
         soci::use(run_id));
    std::vector<domain::UnmatchedParticipant> unmatched;
    for (const auto& row : rows) {
        unmatched.push_back({TextColumn(row, "employee_id"),
                             TextColumn(row, "side") == "mentor" ? domain::Side::kMentor : domain::Side::kMentee,
                             TextColumn(row, "reason"), TextColumn(row, "detail")});
    }
    return unmatched;
}

void UpdateProposal(Connection& session, long long run_id, const domain::Proposal& p) {
    const int total = p.parts.Total();
    session
        << "UPDATE match_proposals SET mentor = :mentor, score = :score, topics_score = :t, availability_score = :a, "
           "timezone_score = :z, cross_department_score = :d, preference_score = :pref, source = :source "
           "WHERE run_id = :r AND mentee = :mentee",
        soci::use(p.mentor), soci::use(total), soci::use(p.parts.topics), soci::use(p.parts.availability),
        soci::use(p.parts.timezone), soci::use(p.parts.cross_department), soci::use(p.parts.preference),
        soci::use(p.source), soci::use(run_id), soci::use(p.mentee);
}

void UpdateRunTotal(Connection& session, long long run_id, long long total_score) {
    session << "UPDATE match_runs SET total_score = :t WHERE id = :r", soci::use(total_score), soci::use(run_id);
}

void MarkRunPublished(Connection& session, long long run_id, long long now) {
    session << "UPDATE match_runs SET published_at = :now WHERE id = :r", soci::use(now), soci::use(run_id);
}

}  // namespace upward::storage
