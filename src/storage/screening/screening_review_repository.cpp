#include "storage/screening/screening_review_repository.hpp"

#include <nlohmann/json.hpp>

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"

namespace upward::storage {

namespace {

constexpr const char* kSelectReviews =
    "SELECT r.application_id, r.reviewer_user_id, u.display_name, u.email, r.scores, r.recommendation, r.comment, "
    "r.created_at, r.updated_at FROM screening_reviews r JOIN users u ON u.id = r.reviewer_user_id ";

// The scores column: a JSON object quality → score. Text that does not read gives no scores rather than failing a
// listing.
std::string EncodeScores(const std::map<std::string, int>& scores) {
    auto object = nlohmann::json::object();
    for (const auto& [quality, score] : scores) object[quality] = score;
    return object.dump();
}

std::map<std::string, int> DecodeScores(const std::string& text) {
    std::map<std::string, int> scores;
    const auto object = nlohmann::json::parse(text, nullptr, false);
    if (!object.is_object()) return scores;
    for (const auto& [quality, score] : object.items()) {
        if (score.is_number_integer()) scores[quality] = score.get<int>();
    }
    return scores;
}

ScreeningReview ReadReview(const soci::row& row) {
    ScreeningReview review;
    review.application_id = IntColumn(row, "application_id");
    review.reviewer_user_id = IntColumn(row, "reviewer_user_id");
    review.reviewer_name = TextColumn(row, "display_name");
    if (review.reviewer_name.empty()) review.reviewer_name = TextColumn(row, "email");
    review.scorecard.scores = DecodeScores(TextColumn(row, "scores"));
    review.scorecard.recommendation =
        domain::ParseScreeningOutcome(TextColumn(row, "recommendation")).value_or(domain::ScreeningOutcome::kWaitList);
    review.scorecard.comment = TextColumn(row, "comment");
    review.created_at = IntColumn(row, "created_at");
    review.updated_at = IntColumn(row, "updated_at");
    return review;
}

}  // namespace

void SaveScreeningReview(Connection& session, const ScreeningReview& review) {
    const auto scores = EncodeScores(review.scorecard.scores);
    const std::string recommendation(domain::ToString(review.scorecard.recommendation));
    session << "INSERT INTO screening_reviews (application_id, reviewer_user_id, scores, recommendation, comment, "
               "created_at, updated_at) VALUES (:a, :u, :scores, :recommendation, :comment, :created, :updated) "
               "ON CONFLICT (application_id, reviewer_user_id) DO UPDATE SET scores = excluded.scores, "
               "recommendation = excluded.recommendation, comment = excluded.comment, updated_at = excluded.updated_at",
        soci::use(review.application_id), soci::use(review.reviewer_user_id), soci::use(scores),
        soci::use(recommendation), soci::use(review.scorecard.comment), soci::use(review.created_at),
        soci::use(review.updated_at);
}

std::vector<ScreeningReview> ListScreeningReviews(Connection& session, long long application_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string(kSelectReviews) +
                                "WHERE r.application_id = :a ORDER BY r.created_at, r.reviewer_user_id",
         soci::use(application_id));
    std::vector<ScreeningReview> reviews;
    for (const auto& row : rows) reviews.push_back(ReadReview(row));
    return reviews;
}

std::vector<ScreeningReview> ListProgrammeScreeningReviews(Connection& session, long long programme_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string(kSelectReviews) +
                                "JOIN applications a ON a.id = r.application_id WHERE a.programme_id = :p "
                                "ORDER BY r.application_id, r.created_at, r.reviewer_user_id",
         soci::use(programme_id));
    std::vector<ScreeningReview> reviews;
    for (const auto& row : rows) reviews.push_back(ReadReview(row));
    return reviews;
}

}  // namespace upward::storage
