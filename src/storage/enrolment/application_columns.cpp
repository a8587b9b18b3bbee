#include "storage/enrolment/application_columns.hpp"

#include <nlohmann/json.hpp>

namespace upward::storage {

using nlohmann::json;

std::string EncodeApplicationTopics(const std::vector<domain::ApplicationTopic>& topics, domain::Side side) {
    json items = json::array();
    for (const auto& topic : topics) {
        if (side == domain::Side::kMentor) {
            items.push_back({{"topic", topic.topic}, {"level", topic.level}, {"evidence", topic.evidence}});
        } else {
            items.push_back({{"topic", topic.topic}, {"priority", topic.priority}});
        }
    }
    return items.dump();
}

std::vector<domain::ApplicationTopic> DecodeApplicationTopics(const std::string& text) {
    std::vector<domain::ApplicationTopic> topics;
    const auto items = json::parse(text, nullptr, false);
    if (!items.is_array()) return topics;
    for (const auto& item : items) {
        if (!item.is_object()) continue;
        domain::ApplicationTopic topic;
        topic.topic = item.value("topic", "");
        topic.level = item.value("level", 0);
        topic.evidence = item.value("evidence", "");
        topic.priority = item.value("priority", 0);
        topics.push_back(std::move(topic));
    }
    return topics;
}

std::string EncodeScreeningAnswers(const std::vector<domain::ScreeningAnswer>& answers) {
    json list = json::array();
    for (const auto& answer : answers) list.push_back({{"question_id", answer.question_id}, {"answer", answer.answer}});
    return list.dump();
}

std::vector<domain::ScreeningAnswer> DecodeScreeningAnswers(const std::string& text) {
    std::vector<domain::ScreeningAnswer> answers;
    const auto list = json::parse(text, nullptr, false);
    if (!list.is_array()) return answers;
    for (const auto& item : list) {
        if (!item.is_object() || !item.contains("question_id") || !item["question_id"].is_number_integer()) continue;
        if (!item.contains("answer") || !item["answer"].is_string()) continue;
        answers.push_back({item["question_id"].get<long long>(), item["answer"].get<std::string>()});
    }
    return answers;
}

}  // namespace upward::storage
