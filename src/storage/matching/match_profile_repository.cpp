#include "storage/matching/match_profile_repository.hpp"

#include <algorithm>

#include "storage/database/bulk_insert.hpp"
#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

constexpr std::size_t kFetchBatch = 10000;
constexpr const char* kColumns =
    "employee_id, side, languages, topics, availability, capacity, eligible, preferences, ranking, updated_at";

// The stored text was checked when it was written; should it ever not read, the field counts as empty
// rather than failing a whole run.
domain::MatchProfile ProfileFromText(std::string employee_id, const std::string& side, const std::string& languages,
                                     const std::string& topics, const std::string& availability, long long capacity,
                                     long long eligible, const std::string& preferences, const std::string& ranking,
                                     long long updated_at) {
    domain::MatchProfile profile;
    profile.employee_id = std::move(employee_id);
    profile.side = side == "mentor" ? domain::Side::kMentor : domain::Side::kMentee;
    (void)domain::ParseList(languages, profile.languages);
    if (!domain::ParseTopics(topics, profile.topics).empty()) profile.topics.clear();
    if (!domain::ParseAvailability(availability, profile.availability).empty()) profile.availability.clear();
    profile.capacity = static_cast<int>(capacity);
    profile.eligible = eligible != 0;
    (void)domain::ParseList(preferences, profile.preferences);
    (void)domain::ParseList(ranking, profile.ranking);
    profile.updated_at = updated_at;
    return profile;
}

}  // namespace

std::vector<domain::MatchProfile> LoadProfiles(Connection& session, long long programme_id) {
    // The list columns are NOT NULL; empty text comes back as NULL from PostgreSQL's COPY path, so each
    // has an indicator.
    std::vector<std::string> ids(kFetchBatch), sides(kFetchBatch), languages(kFetchBatch), topics(kFetchBatch),
        availability(kFetchBatch), preferences(kFetchBatch), ranking(kFetchBatch);
    std::vector<soci::indicator> languages_ind(kFetchBatch), topics_ind(kFetchBatch), availability_ind(kFetchBatch),
        preferences_ind(kFetchBatch), ranking_ind(kFetchBatch);
    std::vector<long long> capacity(kFetchBatch), eligible(kFetchBatch), updated(kFetchBatch);
    soci::statement statement =
        (session.prepare << std::string("SELECT ") + kColumns + " FROM match_profiles WHERE programme_id = :p",
         soci::use(programme_id), soci::into(ids), soci::into(sides), soci::into(languages, languages_ind),
         soci::into(topics, topics_ind), soci::into(availability, availability_ind), soci::into(capacity),
         soci::into(eligible), soci::into(preferences, preferences_ind), soci::into(ranking, ranking_ind),
         soci::into(updated));
    statement.execute();
    std::vector<domain::MatchProfile> profiles;
    static const std::string kEmpty;
    const auto text = [](std::vector<std::string>& values, std::vector<soci::indicator>& present,
                         std::size_t row) -> const std::string& {
        return present[row] == soci::i_ok ? values[row] : kEmpty;
    };
    while (statement.fetch()) {
        for (std::size_t row = 0; row < ids.size(); ++row) {
            profiles.push_back(ProfileFromText(std::move(ids[row]), sides[row], text(languages, languages_ind, row),
                                               text(topics, topics_ind, row), text(availability, availability_ind, row),
                                               capacity[row], eligible[row], text(preferences, preferences_ind, row),
                                               text(ranking, ranking_ind, row), updated[row]));
        }
        for (auto* values : {&ids, &sides, &languages, &topics, &availability, &preferences, &ranking}) {
            values->resize(kFetchBatch);
        }
        for (auto* indicators : {&languages_ind, &topics_ind, &availability_ind, &preferences_ind, &ranking_ind}) {
            indicators->resize(kFetchBatch);
        }
        for (auto* numbers : {&capacity, &eligible, &updated}) numbers->resize(kFetchBatch);
    }
    // Sorted here rather than by the database, whose collation may not be byte order.
    std::sort(profiles.begin(), profiles.end(), [](const domain::MatchProfile& a, const domain::MatchProfile& b) {
        return a.employee_id < b.employee_id;
    });
    return profiles;
}

std::optional<domain::MatchProfile> FindProfile(Connection& session, long long programme_id,
                                                const std::string& employee_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kColumns +
                                " FROM match_profiles WHERE programme_id = :p AND employee_id = :e",
         soci::use(programme_id), soci::use(employee_id));
    for (const auto& row : rows) {
        return ProfileFromText(TextColumn(row, "employee_id"), TextColumn(row, "side"), TextColumn(row, "languages"),
                               TextColumn(row, "topics"), TextColumn(row, "availability"), IntColumn(row, "capacity"),
                               IntColumn(row, "eligible"), TextColumn(row, "preferences"), TextColumn(row, "ranking"),
                               IntColumn(row, "updated_at"));
    }
    return std::nullopt;
}

void SaveProfiles(Connection& session, Backend backend, long long programme_id,
                  const std::vector<domain::MatchProfile>& profiles, long long now) {
    if (profiles.empty()) return;
    // A staging table takes the rows in bulk; two set-based statements then replace the stored ones.
    session << "DROP TABLE IF EXISTS match_profiles_incoming";
    session << "CREATE TEMPORARY TABLE match_profiles_incoming (employee_id TEXT NOT NULL, side TEXT NOT NULL, "
               "languages TEXT, topics TEXT, availability TEXT, capacity INTEGER NOT NULL, eligible INTEGER NOT NULL, "
               "preferences TEXT, ranking TEXT)";
    {
        BulkInsert insert(
            session, backend, "match_profiles_incoming",
            {"employee_id", "side", "languages", "topics", "availability", "capacity", "eligible", "preferences"});
        for (const auto& profile : profiles) {
            insert.Text(profile.employee_id);
            insert.Text(domain::ToString(profile.side));
            insert.Text(domain::FormatList(profile.languages));
            insert.Text(domain::FormatTopics(profile.topics));
            insert.Text(domain::FormatAvailability(profile.availability));
            insert.Integer(profile.capacity);
            insert.Integer(profile.eligible ? 1 : 0);
            insert.Text(domain::FormatList(profile.preferences));
            insert.EndRow();
        }
        insert.Finish();
    }
    // Rankings are the participants' own (SubmitRanking): a profile update keeps them.
    session << "UPDATE match_profiles_incoming SET ranking = (SELECT m.ranking FROM match_profiles m "
               "WHERE m.programme_id = :p AND m.employee_id = match_profiles_incoming.employee_id)",
        soci::use(programme_id);
    session << "DELETE FROM match_profiles WHERE programme_id = :p AND employee_id IN "
               "(SELECT employee_id FROM match_profiles_incoming)",
        soci::use(programme_id);
    session
        << "INSERT INTO match_profiles (programme_id, employee_id, side, languages, topics, availability, capacity, "
           "eligible, preferences, ranking, updated_at) SELECT :p, employee_id, side, COALESCE(languages, ''), "
           "COALESCE(topics, ''), COALESCE(availability, ''), capacity, eligible, COALESCE(preferences, ''), "
           "COALESCE(ranking, ''), :now FROM match_profiles_incoming",
        soci::use(programme_id), soci::use(now);
    session << "DROP TABLE match_profiles_incoming";
}

void SetRanking(Connection& session, long long programme_id, const std::string& employee_id,
                const std::vector<std::string>& ranking, long long now) {
    const std::string text = domain::FormatList(ranking);
    session << "UPDATE match_profiles SET ranking = :r, updated_at = :now WHERE programme_id = :p AND employee_id = :e",
        soci::use(text), soci::use(now), soci::use(programme_id), soci::use(employee_id);
}

}  // namespace upward::storage
