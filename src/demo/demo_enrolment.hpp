#pragma once

#include <string>

#include "core/clock.hpp"
#include "service/storage_handles.hpp"

namespace upward::demo {

/// How the demo intake programme's people are spread over the enrolment funnel, per side. Each number counts
/// the people who did that step (so they only fall from one to the next); the rest of the seed follows.
struct DemoIntakeSide {
    int invited = 0;
    int accepted = 0;  // accepted their invitation and have an account
    int applied = 0;
    int approved = 0;      // mentors: screening approved them (of the others one is wait-listed, one declined)
    int trained = 0;       // passed every module of their role
    int acknowledged = 0;  // acknowledged the ground rules
};

constexpr DemoIntakeSide kDemoIntakeMentors{14, 12, 11, 8, 7, 6};
constexpr DemoIntakeSide kDemoIntakeMentees{8, 7, 7, 7, 6, 5};
constexpr const char* kDemoIntakeName = "Spring Intake: AI and the Future of Work";
/// Of the pairs the intake's match run proposes, how many both people accepted, and of those how many also
/// signed their agreement (active); one more accepted pair has a drafted agreement waiting for signatures.
constexpr int kDemoIntakeAcceptedPairs = 3;
constexpr int kDemoIntakeSignedPairs = 2;

/// A programme that went through every enrolment stage with people at each of them: invitations (some not
/// accepted), applications, screening decisions, training, ground rules, a published match run and pairs
/// that accepted and signed, all done as `admin_email` and the participants. Accounts share `password_hash` (the demo
/// password). Returns the programme id.
long long SeedDemoIntake(storage::Database& database, const Clock& clock, const std::string& admin_email,
                         const std::string& password_hash);

}  // namespace upward::demo
