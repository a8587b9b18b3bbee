#include "http/agreements/agreement_json.hpp"

#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "http/json_fields.hpp"
#include "http/matching/matching_json.hpp"

namespace upward::http {

using nlohmann::json;

namespace {

json TimeOrNull(const std::optional<long long>& seconds) {
    return seconds ? json(FormatTimestamp(*seconds)) : json(nullptr);
}

json PersonJson(const domain::FunnelPerson& person) {
    return json{{"employee_id", person.employee_id},
                {"name", person.name},
                {"blocked_on", person.blocked_on.empty() ? json(nullptr) : json(person.blocked_on)}};
}

std::string TextMember(const json& body, const std::string& key) {
    if (!body.contains(key)) throw InvalidInput(key, key + " is required");
    if (!body[key].is_string()) throw InvalidInput(key, key + " must be text");
    return body[key].get<std::string>();
}

int IntegerMember(const json& body, const std::string& key) {
    if (!body.contains(key)) throw InvalidInput(key, key + " is required");
    const auto& value = body[key];
    if (!value.is_number_integer() || value.get<long long>() < 0 || value.get<long long>() > 1'000'000) {
        throw InvalidInput(key, key + " must be a whole number");
    }
    return value.get<int>();
}

}  // namespace

json ToJson(const service::AgreementView& view) {
    const auto& agreement = view.agreement;
    const auto& terms = agreement.terms;
    return json{{"pair", ToJson(view.pair)},
                {"version", agreement.version},
                {"drafted", agreement.Drafted()},
                {"mentee_goals", terms.mentee_goals},
                {"mentor_goals", terms.mentor_goals},
                {"topics", terms.topics},
                {"cadence_days", terms.cadence_days},
                {"confidentiality_statement", terms.confidentiality_statement},
                {"updated_at", agreement.Drafted() ? json(FormatTimestamp(agreement.updated_at)) : json(nullptr)},
                {"mentee_signed_at", TimeOrNull(agreement.mentee_signed_at)},
                {"mentor_signed_at", TimeOrNull(agreement.mentor_signed_at)},
                {"catalogue", view.catalogue}};
}

json ToJson(const service::ProgrammeFunnel& funnel) {
    json sides = json::array();
    for (const auto& side : funnel.sides) {
        json steps = json::array();
        for (const auto& step : side.steps) {
            json entry = {{"step", domain::ToString(step.step)}, {"count", step.count}};
            if (funnel.named) {
                entry["people"] = json::array();
                for (const auto& person : step.people) entry["people"].push_back(PersonJson(person));
            }
            steps.push_back(std::move(entry));
        }
        sides.push_back({{"side", domain::ToString(side.side)}, {"steps", steps}});
    }
    return json{{"programme_id", funnel.programme_id}, {"people_included", funnel.named}, {"sides", sides}};
}

AgreementEdit AgreementEditFromJson(const json& body) {
    RequireObject(body);
    for (const auto& [key, value] : body.items()) {
        static const std::set<std::string> known = {
            "mentee_goals", "mentor_goals", "topics", "cadence_days", "confidentiality_statement", "version"};
        if (!known.count(key)) throw InvalidInput(key, "unknown field " + key);
    }
    AgreementEdit edit;
    edit.terms.mentee_goals = TextMember(body, "mentee_goals");
    edit.terms.mentor_goals = TextMember(body, "mentor_goals");
    if (!body.contains("topics")) throw InvalidInput("topics", "topics is required (a list of the catalogue's topics)");
    const auto& topics = body["topics"];
    if (!topics.is_array()) throw InvalidInput("topics", "topics must be a list of topics");
    for (std::size_t i = 0; i < topics.size(); ++i) {
        if (!topics[i].is_string()) throw InvalidInput("topics[" + std::to_string(i) + "]", "a topic must be text");
        edit.terms.topics.push_back(topics[i].get<std::string>());
    }
    edit.terms.cadence_days = IntegerMember(body, "cadence_days");
    edit.terms.confidentiality_statement = TextMember(body, "confidentiality_statement");
    if (body.contains("version") && !body["version"].is_null()) edit.based_on_version = IntegerMember(body, "version");
    return edit;
}

int SignedVersionFromJson(const json& body) {
    if (!body.is_object() || !body.contains("version")) {
        throw InvalidInput("version", "version is required: the version of the agreement you read and sign");
    }
    const int version = IntegerMember(body, "version");
    if (version < 1) throw InvalidInput("version", "version must be 1 or more");
    return version;
}

}  // namespace upward::http
