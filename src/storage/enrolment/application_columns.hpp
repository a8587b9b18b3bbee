#pragma once

#include <string>
#include <vector>

#include "domain/application.hpp"

// The stored formats of the applications table's JSON columns, each its own (the API's application JSON is written
// in http/enrolment). Text that does not read gives an empty list rather than failing a listing: the lists were
// checked when written.
namespace upward::storage {

/// applications.topics: mentors [{"topic","level","evidence"}], mentees [{"topic","priority"}].
std::string EncodeApplicationTopics(const std::vector<domain::ApplicationTopic>& topics, domain::Side side);
std::vector<domain::ApplicationTopic> DecodeApplicationTopics(const std::string& text);

/// applications.screening_answers: [{"question_id","answer"}].
std::string EncodeScreeningAnswers(const std::vector<domain::ScreeningAnswer>& answers);
std::vector<domain::ScreeningAnswer> DecodeScreeningAnswers(const std::string& text);

}  // namespace upward::storage
