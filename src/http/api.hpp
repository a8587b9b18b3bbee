#pragma once

#include "core/clock.hpp"
#include "http/router.hpp"
#include "service/directory/people_service.hpp"
#include "service/identity/auth_service.hpp"
#include "service/matching/matching_service.hpp"
#include "service/programmes/programme_service.hpp"
#include "service/session_log/notes_key.hpp"
#include "storage/database.hpp"

namespace upward::http {

/// What the API handlers call. Built once by the composition root.
struct ApiServices {
    storage::Database& database;
    const Clock& clock;
    service::AuthService& auth;
    service::PeopleService& people;
    service::ProgrammeService& programmes;
    service::MatchingService& matching;
    const telemetry::Metrics& metrics;
    /// The address people open the web UI at, for links in emails ("https://mentoring.example.com").
    std::string public_url = "http://127.0.0.1:8080";
    /// The key that seals private session notes; without one, note routes answer 503 saying why.
    service::NotesKeySetting notes_key;
};

/// Registers every route of the product on the router: the API under /api/v1, the OpenAPI document,
/// health, readiness and metrics. The OpenAPI document lists exactly these routes (a test holds them equal).
void AddRoutes(Router& router, ApiServices services);

/// The OpenAPI 3.1 document the server serves at /api/openapi.json.
const std::string& OpenApiDocument();

}  // namespace upward::http
