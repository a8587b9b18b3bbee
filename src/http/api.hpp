#pragma once

#include "core/clock.hpp"
#include "http/router.hpp"
#include "service/agreements/agreement_service.hpp"
#include "service/calendar/calendar_feed_service.hpp"
#include "service/directory/people_service.hpp"
#include "service/enrolment/enrolment_service.hpp"
#include "service/feedback/feedback_release_service.hpp"
#include "service/feedback/pulse_service.hpp"
#include "service/feedback/survey_admin_service.hpp"
#include "service/feedback/survey_response_service.hpp"
#include "service/identity/auth_service.hpp"
#include "service/matching/matching_service.hpp"
#include "service/operations/readiness_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/reporting/at_risk_service.hpp"
#include "service/reporting/funnel_service.hpp"
#include "service/reporting/health_service.hpp"
#include "service/reporting/outcomes_service.hpp"
#include "service/screening/screening_service.hpp"
#include "service/session_log/pair_journal_service.hpp"
#include "service/session_log/session_notes_service.hpp"
#include "service/sessions/session_service.hpp"
#include "service/training/training_service.hpp"
#include "telemetry/metrics.hpp"

namespace upward::http {

/// What the API handlers call: the services the composition root (src/app) built once, by reference.
struct ApiServices {
    const Clock& clock;
    const telemetry::Metrics& metrics;
    service::AuthService& auth;
    service::PeopleService& people;
    service::ProgrammeService& programmes;
    service::EnrolmentService& enrolment;
    service::ScreeningService& screening;
    service::TrainingService& training;
    service::MatchingService& matching;
    service::AgreementService& agreements;
    service::SessionService& sessions;
    service::CalendarFeedService& calendar_feeds;
    service::SessionNotesService& notes;
    service::PairJournalService& journal;
    service::PulseService& pulses;
    service::SurveyAdminService& surveys;
    service::SurveyResponseService& survey_responses;
    service::FeedbackReleaseService& feedback_release;
    service::HealthService& health;
    service::OutcomesService& outcomes;
    service::FunnelService& funnel;
    service::AtRiskService& at_risk;
    service::ReadinessService& readiness;
};

/// Registers every route of the product on the router: the API under /api/v1, the OpenAPI document,
/// health, readiness and metrics. The OpenAPI document lists exactly these routes (a test holds them equal).
void AddRoutes(Router& router, ApiServices services);

/// The OpenAPI 3.1 document the server serves at /api/openapi.json.
const std::string& OpenApiDocument();

}  // namespace upward::http
