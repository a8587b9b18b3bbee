#include "storage/enrolment/application_repository.hpp"

#include "storage/database/row_access.hpp"
#include "storage/database/sql.hpp"
#include "storage/enrolment/application_columns.hpp"

namespace upward::storage {

namespace {

constexpr const char* kColumns =
    "id, programme_id, employee_id, user_id, side, status, topics, languages, availability, motivation, goals, "
    "screening_answers, decision_reason, decided_by, decided_at, submitted_at, updated_at";

// The stored lists were checked when written; text that does not read counts as empty rather than
// failing a listing.
domain::Application ReadApplication(const soci::row& row) {
    domain::Application application;
    application.id = IntColumn(row, "id");
    application.programme_id = IntColumn(row, "programme_id");
    application.employee_id = TextColumn(row, "employee_id");
    application.user_id = IntColumn(row, "user_id");
    application.side = TextColumn(row, "side") == "mentor" ? domain::Side::kMentor : domain::Side::kMentee;
    application.status =
        domain::ParseApplicationStatus(TextColumn(row, "status")).value_or(domain::ApplicationStatus::kSubmitted);
    application.answers.topics = DecodeApplicationTopics(TextColumn(row, "topics"));
    (void)domain::ParseList(TextColumn(row, "languages"), application.answers.languages);
    if (!domain::ParseAvailability(TextColumn(row, "availability"), application.answers.availability).empty()) {
        application.answers.availability.clear();
    }
    application.answers.motivation = TextColumn(row, "motivation");
    application.answers.goals = TextColumn(row, "goals");
    application.screening_answers = DecodeScreeningAnswers(TextColumn(row, "screening_answers"));
    application.decision_reason = TextColumn(row, "decision_reason");
    application.decided_by = OptionalIntColumn(row, "decided_by");
    application.decided_at = OptionalIntColumn(row, "decided_at");
    application.submitted_at = IntColumn(row, "submitted_at");
    application.updated_at = IntColumn(row, "updated_at");
    return application;
}

// The columns the applicant writes, as bindable text.
struct AnswerValues {
    explicit AnswerValues(const domain::Application& a)
        : side(domain::ToString(a.side)),
          status(domain::ToString(a.status)),
          topics(EncodeApplicationTopics(a.answers.topics, a.side)),
          languages(domain::FormatList(a.answers.languages)),
          availability(domain::FormatAvailability(a.answers.availability)),
          screening_answers(EncodeScreeningAnswers(a.screening_answers)) {}
    std::string side, status, topics, languages, availability, screening_answers;
};

}  // namespace

std::optional<domain::Application> FindApplication(Connection& session, long long programme_id,
                                                   const std::string& employee_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kColumns +
                                " FROM applications WHERE programme_id = :p AND employee_id = :e",
         soci::use(programme_id), soci::use(employee_id));
    for (const auto& row : rows) return ReadApplication(row);
    return std::nullopt;
}

std::optional<domain::Application> FindApplicationById(Connection& session, long long application_id) {
    soci::rowset<soci::row> rows =
        (session.prepare << std::string("SELECT ") + kColumns + " FROM applications WHERE id = :id",
         soci::use(application_id));
    for (const auto& row : rows) return ReadApplication(row);
    return std::nullopt;
}

std::vector<domain::Application> ListApplications(Connection& session, long long programme_id,
                                                  const ApplicationFilter& filter) {
    soci::rowset<soci::row> rows = (session.prepare << std::string("SELECT ") + kColumns +
                                                           " FROM applications WHERE programme_id = :p ORDER BY id",
                                    soci::use(programme_id));
    // Filtered here: a programme has at most tens of thousands of applications, and one statement keeps the
    // SQL the same on both databases.
    std::vector<domain::Application> applications;
    for (const auto& row : rows) {
        auto application = ReadApplication(row);
        if (filter.side && application.side != *filter.side) continue;
        if (filter.status && application.status != *filter.status) continue;
        applications.push_back(std::move(application));
    }
    return applications;
}

long long InsertApplication(Connection& session, const domain::Application& a) {
    AnswerValues v(a);
    long long id = 0;
    session << "INSERT INTO applications (programme_id, employee_id, user_id, side, status, topics, languages, "
               "availability, motivation, goals, screening_answers, submitted_at, updated_at) VALUES (:p, :e, :u, "
               ":side, :status, :topics, :languages, :availability, :motivation, :goals, :screening, :submitted, "
               ":updated) RETURNING id",
        soci::use(a.programme_id), soci::use(a.employee_id), soci::use(a.user_id), soci::use(v.side),
        soci::use(v.status), soci::use(v.topics), soci::use(v.languages), soci::use(v.availability),
        soci::use(a.answers.motivation), soci::use(a.answers.goals), soci::use(v.screening_answers),
        soci::use(a.submitted_at), soci::use(a.updated_at), soci::into(id);
    return id;
}

void UpdateApplicationAnswers(Connection& session, const domain::Application& a) {
    AnswerValues v(a);
    session << "UPDATE applications SET user_id = :u, side = :side, status = :status, topics = :topics, "
               "languages = :languages, availability = :availability, motivation = :motivation, goals = :goals, "
               "submitted_at = :submitted, updated_at = :updated WHERE id = :id",
        soci::use(a.user_id), soci::use(v.side), soci::use(v.status), soci::use(v.topics), soci::use(v.languages),
        soci::use(v.availability), soci::use(a.answers.motivation), soci::use(a.answers.goals),
        soci::use(a.submitted_at), soci::use(a.updated_at), soci::use(a.id);
}

void SaveScreeningAnswers(Connection& session, long long application_id,
                          const std::vector<domain::ScreeningAnswer>& answers, long long now) {
    const auto stored = EncodeScreeningAnswers(answers);
    session << "UPDATE applications SET screening_answers = :answers, updated_at = :now WHERE id = :id",
        soci::use(stored), soci::use(now), soci::use(application_id);
}

void RecordApplicationDecision(Connection& session, long long application_id, domain::ApplicationStatus status,
                               const std::string& reason, long long decided_by, long long now) {
    const std::string status_text(domain::ToString(status));
    soci::indicator reason_indicator = NullIfEmpty(reason);
    session << "UPDATE applications SET status = :status, decision_reason = :reason, decided_by = :by, "
               "decided_at = :at, updated_at = :now WHERE id = :id",
        soci::use(status_text), soci::use(reason, reason_indicator), soci::use(decided_by), soci::use(now),
        soci::use(now), soci::use(application_id);
}

}  // namespace upward::storage
