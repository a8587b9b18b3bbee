#include "storage/agreements/agreement_repository.hpp"

#include <nlohmann/json.hpp>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

using nlohmann::json;

domain::PairAgreement ReadAgreement(const soci::row& row) {
    domain::PairAgreement agreement;
    agreement.pair_id = IntColumn(row, "pair_id");
    agreement.terms.mentee_goals = TextColumn(row, "mentee_goals");
    agreement.terms.mentor_goals = TextColumn(row, "mentor_goals");
    const auto topics = TextColumn(row, "topics");
    if (!topics.empty()) agreement.terms.topics = json::parse(topics).get<std::vector<std::string>>();
    agreement.terms.cadence_days = static_cast<int>(IntColumn(row, "cadence_days"));
    agreement.terms.confidentiality_statement = TextColumn(row, "confidentiality_statement");
    agreement.version = static_cast<int>(IntColumn(row, "version"));
    agreement.updated_by = IntColumn(row, "updated_by");
    agreement.updated_at = IntColumn(row, "updated_at");
    agreement.mentee_signed_at = OptionalIntColumn(row, "mentee_signed_at");
    agreement.mentor_signed_at = OptionalIntColumn(row, "mentor_signed_at");
    return agreement;
}

// Values bound by reference must outlive the statement, indicators included.
struct AgreementRow {
    explicit AgreementRow(const domain::PairAgreement& agreement)
        : topics(json(agreement.terms.topics).dump()),
          updated_by(agreement.updated_by),
          updated_by_indicator(agreement.updated_by > 0 ? soci::i_ok : soci::i_null),
          mentee_signed(agreement.mentee_signed_at.value_or(0)),
          mentee_indicator(agreement.mentee_signed_at ? soci::i_ok : soci::i_null),
          mentor_signed(agreement.mentor_signed_at.value_or(0)),
          mentor_indicator(agreement.mentor_signed_at ? soci::i_ok : soci::i_null) {}
    std::string topics;
    long long updated_by;
    soci::indicator updated_by_indicator;
    long long mentee_signed;
    soci::indicator mentee_indicator;
    long long mentor_signed;
    soci::indicator mentor_indicator;
};

}  // namespace

std::optional<domain::PairAgreement> FindAgreement(Connection& session, long long pair_id) {
    soci::rowset<soci::row> rows =
        (session.prepare
             << "SELECT pair_id, mentee_goals, mentor_goals, topics, cadence_days, confidentiality_statement, "
                "version, updated_by, updated_at, mentee_signed_at, mentor_signed_at "
                "FROM pair_agreements WHERE pair_id = :id",
         soci::use(pair_id));
    for (const auto& row : rows) return ReadAgreement(row);
    return std::nullopt;
}

void SaveAgreement(Connection& session, const domain::PairAgreement& agreement) {
    AgreementRow row(agreement);
    const auto& terms = agreement.terms;
    long long existing = 0;
    session << "SELECT COUNT(*) FROM pair_agreements WHERE pair_id = :id", soci::use(agreement.pair_id),
        soci::into(existing);
    if (existing == 0) {
        session << "INSERT INTO pair_agreements (pair_id, mentee_goals, mentor_goals, topics, cadence_days, "
                   "confidentiality_statement, version, updated_by, updated_at, mentee_signed_at, mentor_signed_at) "
                   "VALUES (:pair, :mentee_goals, :mentor_goals, :topics, :cadence, :statement, :version, :by, :at, "
                   ":mentee_signed, :mentor_signed)",
            soci::use(agreement.pair_id), soci::use(terms.mentee_goals), soci::use(terms.mentor_goals),
            soci::use(row.topics), soci::use(terms.cadence_days), soci::use(terms.confidentiality_statement),
            soci::use(agreement.version), soci::use(row.updated_by, row.updated_by_indicator),
            soci::use(agreement.updated_at), soci::use(row.mentee_signed, row.mentee_indicator),
            soci::use(row.mentor_signed, row.mentor_indicator);
        return;
    }
    session
        << "UPDATE pair_agreements SET mentee_goals = :mentee_goals, mentor_goals = :mentor_goals, topics = :topics, "
           "cadence_days = :cadence, confidentiality_statement = :statement, version = :version, updated_by = :by, "
           "updated_at = :at, mentee_signed_at = :mentee_signed, mentor_signed_at = :mentor_signed WHERE pair_id = "
           ":pair",
        soci::use(terms.mentee_goals), soci::use(terms.mentor_goals), soci::use(row.topics),
        soci::use(terms.cadence_days), soci::use(terms.confidentiality_statement), soci::use(agreement.version),
        soci::use(row.updated_by, row.updated_by_indicator), soci::use(agreement.updated_at),
        soci::use(row.mentee_signed, row.mentee_indicator), soci::use(row.mentor_signed, row.mentor_indicator),
        soci::use(agreement.pair_id);
}

}  // namespace upward::storage
