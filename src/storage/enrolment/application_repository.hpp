#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/application.hpp"
#include "domain/records/enrolment_records.hpp"
#include "storage/database/connection.hpp"

namespace upward::storage {

// The applications table (migrations/V004__enrolment.sql): one application per programme and person.
// Reads return the whole application, screening answers and decision included; screening reuses them.

std::optional<domain::Application> FindApplication(Connection& session, long long programme_id,
                                                   const std::string& employee_id);
std::optional<domain::Application> FindApplicationById(Connection& session, long long application_id);

using domain::ApplicationFilter;

/// The programme's applications, oldest first (by id).
std::vector<domain::Application> ListApplications(Connection& session, long long programme_id,
                                                  const ApplicationFilter& filter = {});

/// Inserts a new application; returns its id.
long long InsertApplication(Connection& session, const domain::Application& application);

/// Writes what the applicant controls (answers, side, status, user, updated_at); leaves the screening answers
/// and the decision alone.
void UpdateApplicationAnswers(Connection& session, const domain::Application& application);

/// Writes an application's answers to the screening questionnaire and marks the application updated.
void SaveScreeningAnswers(Connection& session, long long application_id,
                          const std::vector<domain::ScreeningAnswer>& answers, long long now);

/// A screening decision (approved, wait_listed, declined) with its reason, who made it and when.
void RecordApplicationDecision(Connection& session, long long application_id, domain::ApplicationStatus status,
                               const std::string& reason, long long decided_by, long long now);

}  // namespace upward::storage
