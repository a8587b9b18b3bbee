#pragma once

// The composition root: every service of the product, built once over one database and one clock, and handed as
// one set to the server's routes, to its workers and to each command of the CLI. Nothing else constructs a
// service, so what a service depends on is visible here, in one place.

#include <memory>
#include <string>

#include "core/clock.hpp"
#include "http/api.hpp"
#include "service/agreements/agreement_service.hpp"
#include "service/calendar/calendar_feed_service.hpp"
#include "service/directory/people_service.hpp"
#include "service/enrolment/enrolment_service.hpp"
#include "service/feedback/feedback_release_service.hpp"
#include "service/feedback/pulse_service.hpp"
#include "service/feedback/survey_admin_service.hpp"
#include "service/feedback/survey_response_service.hpp"
#include "service/identity/auth_service.hpp"
#include "service/identity/user_service.hpp"
#include "service/mail/outbox_service.hpp"
#include "service/matching/matching_service.hpp"
#include "service/operations/readiness_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/reporting/at_risk_service.hpp"
#include "service/reporting/funnel_service.hpp"
#include "service/reporting/health_service.hpp"
#include "service/reporting/outcomes_service.hpp"
#include "service/screening/screening_service.hpp"
#include "service/session_log/notes_key.hpp"
#include "service/session_log/pair_journal_service.hpp"
#include "service/session_log/session_notes_service.hpp"
#include "service/sessions/session_service.hpp"
#include "service/storage_handles.hpp"
#include "service/training/training_service.hpp"
#include "telemetry/metrics.hpp"

namespace upward::app {

/// What services need besides the database and the clock.
struct ServiceSettings {
    /// The address people open the web UI at, for links in emails; empty: emails carry no links.
    std::string public_url;
    /// The key that seals private session notes; without one, notes answer 503 saying why.
    service::NotesKeySetting notes_key;
};

/// Every service, each built once. The services keep no state of their own between calls (the database does),
/// so one set serves every request thread.
class Services {
public:
    Services(storage::Database& database, const Clock& clock, const ServiceSettings& settings);

    storage::Database& Database() const { return database_; }
    const Clock& GetClock() const { return clock_; }
    const ServiceSettings& Settings() const { return settings_; }

    /// The set the API's routes call.
    http::ApiServices Api(const telemetry::Metrics& metrics);

    service::AuthService auth;
    service::UserService users;
    service::PeopleService people;
    service::ProgrammeService programmes;
    service::EnrolmentService enrolment;
    service::ScreeningService screening;
    service::TrainingService training;
    service::MatchingService matching;
    service::AgreementService agreements;
    service::SessionService sessions;
    service::CalendarFeedService calendar_feeds;
    service::SessionNotesService notes;
    service::PairJournalService journal;
    service::PulseService pulses;
    service::SurveyAdminService surveys;
    service::SurveyResponseService survey_responses;
    service::FeedbackReleaseService feedback_release;
    service::HealthService health;
    service::OutcomesService outcomes;
    service::FunnelService funnel;
    service::AtRiskService at_risk;
    service::OutboxService outbox;
    service::ReadinessService readiness;

private:
    storage::Database& database_;
    const Clock& clock_;
    ServiceSettings settings_;
};

}  // namespace upward::app
