#include "storage/reporting/funnel_repository.hpp"

#include <map>
#include <set>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

using Key = std::pair<domain::Side, std::string>;  // side, employee id

struct Entry {
    domain::FunnelFacts facts;
    std::set<long long> user_ids;  // the accounts that stand for the person on this side
    bool pending_invitation_live = false;
    bool pending_invitation_expired = false;
};

std::optional<domain::Side> SideOf(const std::string& text) {
    if (text == "mentor") return domain::Side::kMentor;
    if (text == "mentee") return domain::Side::kMentee;
    return std::nullopt;
}

int PairRank(domain::PairStatus status) {
    switch (status) {
        case domain::PairStatus::kActive:
            return 3;
        case domain::PairStatus::kAccepted:
            return 2;
        case domain::PairStatus::kProposed:
            return 1;
        default:
            return 0;
    }
}

class Collector {
public:
    Entry& At(domain::Side side, const std::string& employee_id) {
        auto [it, added] = entries_.try_emplace(Key{side, employee_id});
        if (added) {
            it->second.facts.side = side;
            it->second.facts.employee_id = employee_id;
        }
        return it->second;
    }
    std::map<Key, Entry>& Entries() { return entries_; }

private:
    std::map<Key, Entry> entries_;
};

void ReadInvitations(Connection& session, long long programme_id, long long now, Collector& collector) {
    soci::rowset<soci::row> rows = (session.prepare << "SELECT employee_id, side, status, expires_at FROM invitations "
                                                       "WHERE programme_id = :p AND status <> 'revoked'",
                                    soci::use(programme_id));
    for (const auto& row : rows) {
        const auto side = SideOf(TextColumn(row, "side"));
        if (!side) continue;
        auto& entry = collector.At(*side, TextColumn(row, "employee_id"));
        entry.facts.invited = true;
        const auto status = TextColumn(row, "status");
        if (status == "accepted") {
            entry.facts.invitation_accepted = true;
        } else if (status == "expired" || IntColumn(row, "expires_at") < now) {
            entry.pending_invitation_expired = true;
        } else {
            entry.pending_invitation_live = true;
        }
    }
}

void ReadMembers(Connection& session, long long programme_id, Collector& collector) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT u.id AS user_id, u.person_id, m.role FROM programme_members m "
                            "JOIN users u ON u.id = m.user_id WHERE m.programme_id = :p AND u.person_id IS NOT NULL",
         soci::use(programme_id));
    for (const auto& row : rows) {
        const auto side = SideOf(TextColumn(row, "role"));
        const auto person = TextColumn(row, "person_id");
        if (!side || person.empty()) continue;
        auto& entry = collector.At(*side, person);
        entry.facts.member = true;
        entry.user_ids.insert(IntColumn(row, "user_id"));
    }
}

void ReadApplications(Connection& session, long long programme_id, Collector& collector) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT employee_id, side, status, user_id FROM applications WHERE programme_id = :p",
         soci::use(programme_id));
    for (const auto& row : rows) {
        const auto side = SideOf(TextColumn(row, "side"));
        if (!side) continue;
        auto& entry = collector.At(*side, TextColumn(row, "employee_id"));
        entry.facts.application_status = TextColumn(row, "status");
        entry.user_ids.insert(IntColumn(row, "user_id"));
    }
}

void ReadPairs(Connection& session, long long programme_id, Collector& collector) {
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT p.mentee, p.mentor, p.status, a.version FROM pairs p "
                            "LEFT JOIN pair_agreements a ON a.pair_id = p.id "
                            "WHERE p.programme_id = :p AND p.status IN ('proposed', 'accepted', 'active')",
         soci::use(programme_id));
    for (const auto& row : rows) {
        const auto status = domain::ParsePairStatus(TextColumn(row, "status"));
        if (!status) continue;
        const bool drafted = IntColumn(row, "version") > 0;
        for (const auto& [side, column] :
             {std::pair{domain::Side::kMentee, "mentee"}, std::pair{domain::Side::kMentor, "mentor"}}) {
            auto& facts = collector.At(side, TextColumn(row, column)).facts;
            // A mentor with several mentees stands where their furthest pair does.
            if (!facts.pair_status || PairRank(*status) > PairRank(*facts.pair_status)) {
                facts.pair_status = status;
                facts.agreement_drafted = drafted;
            } else if (*facts.pair_status == *status) {
                facts.agreement_drafted = facts.agreement_drafted || drafted;
            }
        }
    }
}

// Training: a role without current modules asks nothing; otherwise one of the person's accounts passed each.
void ReadTraining(Connection& session, long long programme_id, Collector& collector) {
    std::map<std::string, long long> modules;  // role -> current modules
    {
        soci::rowset<soci::row> rows =
            (session.prepare << "SELECT role, COUNT(*) AS modules FROM training_modules "
                                "WHERE programme_id = :p AND archived_at IS NULL GROUP BY role",
             soci::use(programme_id));
        for (const auto& row : rows) modules[TextColumn(row, "role")] = IntColumn(row, "modules");
    }
    std::map<std::pair<long long, std::string>, long long> passed;  // (user, role) -> modules passed
    {
        soci::rowset<soci::row> rows =
            (session.prepare
                 << "SELECT a.user_id, m.role, COUNT(DISTINCT a.module_id) AS passed FROM training_attempts a "
                    "JOIN training_modules m ON m.id = a.module_id WHERE m.programme_id = :p "
                    "AND m.archived_at IS NULL AND a.passed = 1 GROUP BY a.user_id, m.role",
             soci::use(programme_id));
        for (const auto& row : rows)
            passed[{IntColumn(row, "user_id"), TextColumn(row, "role")}] = IntColumn(row, "passed");
    }
    for (auto& [key, entry] : collector.Entries()) {
        const std::string role(domain::ToString(key.first));
        const auto required = modules.count(role) ? modules[role] : 0;
        entry.facts.has_training = required > 0;
        bool trained = false;
        for (const auto user : entry.user_ids) {
            const auto it = passed.find({user, role});
            if (it != passed.end() && it->second >= required) trained = true;
        }
        entry.facts.trained = trained;
    }
}

void ReadAcknowledgements(Connection& session, long long programme_id, const std::string& rules_digest,
                          Collector& collector) {
    std::map<long long, std::string> digests;  // user -> digest of the rules they acknowledged
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT user_id, rules_digest FROM ground_rule_acknowledgements WHERE programme_id = :p",
         soci::use(programme_id));
    for (const auto& row : rows) digests[IntColumn(row, "user_id")] = TextColumn(row, "rules_digest");
    for (auto& [key, entry] : collector.Entries()) {
        entry.facts.has_ground_rules = !rules_digest.empty();
        bool acknowledged = false;
        for (const auto user : entry.user_ids) {
            const auto it = digests.find(user);
            if (it != digests.end() && it->second == rules_digest) acknowledged = true;
        }
        entry.facts.rules_acknowledged = acknowledged;
    }
}

void ReadNames(Connection& session, long long programme_id, Collector& collector) {
    std::map<std::string, std::string> names;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT employee_id, name FROM people WHERE employee_id IN ("
                            "SELECT employee_id FROM invitations WHERE programme_id = :p1 "
                            "UNION SELECT employee_id FROM applications WHERE programme_id = :p2 "
                            "UNION SELECT mentee FROM pairs WHERE programme_id = :p3 "
                            "UNION SELECT mentor FROM pairs WHERE programme_id = :p4 "
                            "UNION SELECT u.person_id FROM programme_members m JOIN users u ON u.id = m.user_id "
                            "WHERE m.programme_id = :p5)",
         soci::use(programme_id), soci::use(programme_id), soci::use(programme_id), soci::use(programme_id),
         soci::use(programme_id));
    for (const auto& row : rows) names[TextColumn(row, "employee_id")] = TextColumn(row, "name");
    for (auto& [key, entry] : collector.Entries()) {
        const auto it = names.find(key.second);
        entry.facts.name = it != names.end() && !it->second.empty() ? it->second : key.second;
    }
}

}  // namespace

std::vector<domain::FunnelFacts> LoadFunnelFacts(Connection& session, long long programme_id,
                                                 const std::string& rules_digest, bool approval_required,
                                                 long long now) {
    Collector collector;
    ReadInvitations(session, programme_id, now, collector);
    ReadMembers(session, programme_id, collector);
    ReadApplications(session, programme_id, collector);
    ReadPairs(session, programme_id, collector);
    ReadTraining(session, programme_id, collector);
    ReadAcknowledgements(session, programme_id, rules_digest, collector);
    ReadNames(session, programme_id, collector);
    std::vector<domain::FunnelFacts> facts;
    for (auto& [key, entry] : collector.Entries()) {
        // An expired invitation only holds someone back when no live one replaced it.
        entry.facts.invitation_expired = entry.pending_invitation_expired && !entry.pending_invitation_live;
        entry.facts.approval_required = approval_required;
        facts.push_back(std::move(entry.facts));
    }
    return facts;
}

}  // namespace upward::storage
