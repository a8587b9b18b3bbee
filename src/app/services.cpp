#include "app/services.hpp"

namespace upward::app {

Services::Services(storage::Database& database, const Clock& clock, const ServiceSettings& settings)
    : auth(database, clock),
      users(database, clock),
      people(database, clock),
      programmes(database, clock),
      enrolment(database, clock, settings.public_url),
      screening(database, clock, settings.public_url),
      training(database, clock),
      matching(database, clock),
      agreements(database, clock, settings.public_url),
      sessions(database, clock),
      calendar_feeds(database, clock, settings.public_url),
      notes(database, clock, settings.notes_key),
      journal(database, clock),
      pulses(database, clock),
      surveys(database, clock, settings.public_url),
      survey_responses(database, clock),
      feedback_release(database),
      health(database, clock),
      outcomes(database, clock),
      funnel(database, clock),
      at_risk(database, clock),
      outbox(database, clock),
      readiness(database),
      database_(database),
      clock_(clock),
      settings_(settings) {}

http::ApiServices Services::Api(const telemetry::Metrics& metrics) {
    return http::ApiServices{clock_,    metrics,  auth,     people,     programmes,       enrolment,
                             screening, training, matching, agreements, sessions,         calendar_feeds,
                             notes,     journal,  pulses,   surveys,    survey_responses, feedback_release,
                             health,    outcomes, funnel,   at_risk,    readiness};
}

}  // namespace upward::app
