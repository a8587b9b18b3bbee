#include "storage/programmes/programme_repository.hpp"

#include <nlohmann/json.hpp>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"
#include "storage/programmes/programme_columns.hpp"

namespace upward::storage {

using nlohmann::json;

namespace {

const char* const kColumns =
    "id, name, purpose, goals, ground_rules, starts_on, ends_on, cadence_days, session_minutes, matching_mode, "
    "max_mentor_grade, min_grade_gap, exclude_same_department, topics, terminology, anonymity_k, "
    "confidentiality_policy, status, template, created_at, updated_at, application_deadline, require_training, "
    "require_mentor_approval";

domain::Programme ReadProgramme(const soci::row& row) {
    domain::Programme programme;
    programme.id = IntColumn(row, "id");
    programme.name = TextColumn(row, "name");
    programme.purpose = TextColumn(row, "purpose");
    programme.goals = DecodeTextList(TextColumn(row, "goals"));
    programme.ground_rules = DecodeTextList(TextColumn(row, "ground_rules"));
    programme.starts_on = TextColumn(row, "starts_on");
    programme.ends_on = TextColumn(row, "ends_on");
    programme.cadence_days = static_cast<int>(IntColumn(row, "cadence_days"));
    programme.session_minutes = static_cast<int>(IntColumn(row, "session_minutes"));
    programme.matching_mode =
        domain::ParseMatchingMode(TextColumn(row, "matching_mode")).value_or(domain::MatchingMode::kAssigned);
    programme.max_mentor_grade = OptionalIntColumn(row, "max_mentor_grade");
    programme.min_grade_gap = static_cast<int>(IntColumn(row, "min_grade_gap"));
    programme.exclude_same_department = IntColumn(row, "exclude_same_department") != 0;
    programme.topics = DecodeTextList(TextColumn(row, "topics"));
    const auto terminology = json::parse(TextColumn(row, "terminology"));
    programme.terminology = {terminology.value("mentor", "mentor"), terminology.value("mentee", "mentee"),
                             terminology.value("programme", "reverse mentoring")};
    programme.anonymity_k = static_cast<int>(IntColumn(row, "anonymity_k"));
    programme.confidentiality_policy = TextColumn(row, "confidentiality_policy");
    programme.status =
        domain::ParseProgrammeStatus(TextColumn(row, "status")).value_or(domain::ProgrammeStatus::kDraft);
    programme.template_key = TextColumn(row, "template");
    programme.created_at = IntColumn(row, "created_at");
    programme.updated_at = IntColumn(row, "updated_at");
    programme.application_deadline = TextColumn(row, "application_deadline");
    programme.require_training = IntColumn(row, "require_training") != 0;
    programme.require_mentor_approval = IntColumn(row, "require_mentor_approval", 1) != 0;
    return programme;
}

// The columns as bindable values, in one place for INSERT and UPDATE.
struct ProgrammeValues {
    explicit ProgrammeValues(const domain::Programme& p)
        : goals(EncodeTextList(p.goals)),
          ground_rules(GroundRulesText(p.ground_rules)),
          matching_mode(domain::ToString(p.matching_mode)),
          max_mentor_grade(p.max_mentor_grade.value_or(0)),
          max_mentor_grade_indicator(p.max_mentor_grade ? soci::i_ok : soci::i_null),
          exclude_same_department(p.exclude_same_department ? 1 : 0),
          topics(EncodeTextList(p.topics)),
          terminology(json{{"mentor", p.terminology.mentor},
                           {"mentee", p.terminology.mentee},
                           {"programme", p.terminology.programme}}
                          .dump()),
          status(domain::ToString(p.status)),
          template_indicator(p.template_key.empty() ? soci::i_null : soci::i_ok),
          deadline_indicator(NullIfEmpty(p.application_deadline)),
          require_training(p.require_training ? 1 : 0),
          require_mentor_approval(p.require_mentor_approval ? 1 : 0) {}
    std::string goals, ground_rules, matching_mode;
    long long max_mentor_grade;
    soci::indicator max_mentor_grade_indicator;
    int exclude_same_department;
    std::string topics, terminology, status;
    soci::indicator template_indicator;
    soci::indicator deadline_indicator;
    int require_training;
    int require_mentor_approval;
};

}  // namespace

long long InsertProgramme(Connection& session, const domain::Programme& p) {
    ProgrammeValues v(p);
    long long id = 0;
    session
        << "INSERT INTO programmes (name, purpose, goals, ground_rules, starts_on, ends_on, cadence_days, "
           "session_minutes, matching_mode, max_mentor_grade, min_grade_gap, exclude_same_department, topics, "
           "terminology, anonymity_k, confidentiality_policy, status, template, created_at, updated_at, "
           "application_deadline, require_training, require_mentor_approval) VALUES "
           "(:name, :purpose, :goals, :rules, :starts, :ends, :cadence, :minutes, :mode, :maxgrade, :gap, :samedept, "
           ":topics, :terms, :k, :policy, :status, :template, :created, :updated, :deadline, :training, :approval) "
           "RETURNING id",
        soci::use(p.name), soci::use(p.purpose), soci::use(v.goals), soci::use(v.ground_rules), soci::use(p.starts_on),
        soci::use(p.ends_on), soci::use(p.cadence_days), soci::use(p.session_minutes), soci::use(v.matching_mode),
        soci::use(v.max_mentor_grade, v.max_mentor_grade_indicator), soci::use(p.min_grade_gap),
        soci::use(v.exclude_same_department), soci::use(v.topics), soci::use(v.terminology), soci::use(p.anonymity_k),
        soci::use(p.confidentiality_policy), soci::use(v.status), soci::use(p.template_key, v.template_indicator),
        soci::use(p.created_at), soci::use(p.updated_at), soci::use(p.application_deadline, v.deadline_indicator),
        soci::use(v.require_training), soci::use(v.require_mentor_approval), soci::into(id);
    return id;
}

void UpdateProgramme(Connection& session, const domain::Programme& p) {
    ProgrammeValues v(p);
    session << "UPDATE programmes SET name = :name, purpose = :purpose, goals = :goals, ground_rules = :rules, "
               "starts_on = :starts, ends_on = :ends, cadence_days = :cadence, session_minutes = :minutes, "
               "matching_mode = :mode, max_mentor_grade = :maxgrade, min_grade_gap = :gap, "
               "exclude_same_department = :samedept, topics = :topics, terminology = :terms, anonymity_k = :k, "
               "confidentiality_policy = :policy, status = :status, template = :template, updated_at = :updated, "
               "application_deadline = :deadline, require_training = :training, "
               "require_mentor_approval = :approval WHERE id = :id",
        soci::use(p.name), soci::use(p.purpose), soci::use(v.goals), soci::use(v.ground_rules), soci::use(p.starts_on),
        soci::use(p.ends_on), soci::use(p.cadence_days), soci::use(p.session_minutes), soci::use(v.matching_mode),
        soci::use(v.max_mentor_grade, v.max_mentor_grade_indicator), soci::use(p.min_grade_gap),
        soci::use(v.exclude_same_department), soci::use(v.topics), soci::use(v.terminology), soci::use(p.anonymity_k),
        soci::use(p.confidentiality_policy), soci::use(v.status), soci::use(p.template_key, v.template_indicator),
        soci::use(p.updated_at), soci::use(p.application_deadline, v.deadline_indicator), soci::use(v.require_training),
        soci::use(v.require_mentor_approval), soci::use(p.id);
}

std::optional<domain::Programme> FindProgramme(Connection& session, long long id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kColumns + " FROM programmes WHERE id = :id", soci::use(id));
    for (const auto& row : rows) return ReadProgramme(row);
    return std::nullopt;
}

ProgrammePage ListProgrammes(Connection& session, long long after_cursor, int limit, long long only_for_user) {
    const long long before = after_cursor > 0 ? after_cursor : (1LL << 62);
    const int fetch = limit + 1;
    std::string sql = std::string("SELECT ") + kColumns + " FROM programmes WHERE id < :before";
    if (only_for_user > 0) {
        sql += " AND id IN (SELECT programme_id FROM programme_members WHERE user_id = :user)";
    }
    sql += " ORDER BY id DESC LIMIT :fetch";
    ProgrammePage page;
    const auto collect = [&page](soci::rowset<soci::row>& rows) {
        for (const auto& row : rows) page.items.push_back(ReadProgramme(row));
    };
    if (only_for_user > 0) {
        soci::rowset<soci::row> rows =
            (session.prepare << sql, soci::use(before), soci::use(only_for_user), soci::use(fetch));
        collect(rows);
    } else {
        soci::rowset<soci::row> rows = (session.prepare << sql, soci::use(before), soci::use(fetch));
        collect(rows);
    }
    if (static_cast<int>(page.items.size()) > limit) {
        page.items.pop_back();
        page.next_cursor = page.items.back().id;
    }
    return page;
}

}  // namespace upward::storage
