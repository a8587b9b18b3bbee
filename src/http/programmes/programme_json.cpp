#include "http/programmes/programme_json.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "http/json_fields.hpp"

namespace upward::http {

using nlohmann::json;

namespace {

json TextOrNull(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

std::vector<std::string> TextListField(const json& value, const std::string& field) {
    if (!value.is_array()) throw InvalidInput(field, field + " must be an array of strings");
    if (value.size() > 200) throw InvalidInput(field, field + " may hold at most 200 items");
    std::vector<std::string> items;
    for (size_t i = 0; i < value.size(); ++i) {
        auto item = TextField(value[i], Indexed(field, i), 2000);
        if (!item.empty()) items.push_back(std::move(item));
    }
    return items;
}

void ReadTerminology(const json& value, domain::ProgrammePatch& patch) {
    if (!value.is_object()) throw InvalidInput("terminology", "terminology must be an object");
    for (const auto& [key, word] : value.items()) {
        const auto field = "terminology." + key;
        std::optional<std::string>* target = key == "mentor"      ? &patch.terminology_mentor
                                             : key == "mentee"    ? &patch.terminology_mentee
                                             : key == "programme" ? &patch.terminology_programme
                                                                  : nullptr;
        if (target == nullptr) throw InvalidInput(field, "unknown field " + field);
        auto text = TextField(word, field, 60);
        if (text.empty()) throw InvalidInput(field, field + " must not be empty");
        *target = std::move(text);
    }
}

}  // namespace

json ToJson(const domain::Programme& programme) {
    return json{
        {"id", programme.id},
        {"name", programme.name},
        {"purpose", programme.purpose},
        {"goals", programme.goals},
        {"ground_rules", programme.ground_rules},
        {"starts_on", programme.starts_on},
        {"ends_on", programme.ends_on},
        {"cadence_days", programme.cadence_days},
        {"session_minutes", programme.session_minutes},
        {"matching_mode", ToString(programme.matching_mode)},
        {"max_mentor_grade", programme.max_mentor_grade ? json(*programme.max_mentor_grade) : json(nullptr)},
        {"min_grade_gap", programme.min_grade_gap},
        {"exclude_same_department", programme.exclude_same_department},
        {"topics", programme.topics},
        {"terminology",
         {{"mentor", programme.terminology.mentor},
          {"mentee", programme.terminology.mentee},
          {"programme", programme.terminology.programme}}},
        {"anonymity_k", programme.anonymity_k},
        {"confidentiality_policy", programme.confidentiality_policy},
        {"application_deadline", TextOrNull(programme.application_deadline)},
        {"require_training", programme.require_training},
        {"require_mentor_approval", programme.require_mentor_approval},
        {"status", ToString(programme.status)},
        {"template", TextOrNull(programme.template_key)},
        {"created_at", FormatTimestamp(programme.created_at)},
        {"updated_at", FormatTimestamp(programme.updated_at)},
    };
}

json ProgrammePatchJson(const domain::ProgrammePatch& patch) {
    json body = json::object();
    const auto put = [&body](const char* key, const auto& value) {
        if (value) body[key] = *value;
    };
    put("name", patch.name);
    put("purpose", patch.purpose);
    put("goals", patch.goals);
    put("ground_rules", patch.ground_rules);
    put("starts_on", patch.starts_on);
    put("ends_on", patch.ends_on);
    put("cadence_days", patch.cadence_days);
    put("session_minutes", patch.session_minutes);
    if (patch.matching_mode) body["matching_mode"] = ToString(*patch.matching_mode);
    if (patch.max_mentor_grade) {
        body["max_mentor_grade"] = *patch.max_mentor_grade ? json(**patch.max_mentor_grade) : json(nullptr);
    }
    put("min_grade_gap", patch.min_grade_gap);
    put("exclude_same_department", patch.exclude_same_department);
    put("topics", patch.topics);
    if (patch.terminology_mentor) body["terminology"]["mentor"] = *patch.terminology_mentor;
    if (patch.terminology_mentee) body["terminology"]["mentee"] = *patch.terminology_mentee;
    if (patch.terminology_programme) body["terminology"]["programme"] = *patch.terminology_programme;
    put("anonymity_k", patch.anonymity_k);
    put("confidentiality_policy", patch.confidentiality_policy);
    if (patch.application_deadline) body["application_deadline"] = TextOrNull(*patch.application_deadline);
    put("require_training", patch.require_training);
    put("require_mentor_approval", patch.require_mentor_approval);
    if (patch.status) body["status"] = ToString(*patch.status);
    if (patch.template_key) body["template"] = TextOrNull(*patch.template_key);
    return body;
}

domain::ProgrammePatch ProgrammePatchFromJson(const json& body) {
    RequireObject(body);
    domain::ProgrammePatch patch;
    for (const auto& [key, value] : body.items()) {
        if (key == "name")
            patch.name = TextField(value, key, 200);
        else if (key == "purpose")
            patch.purpose = TextField(value, key, 4000);
        else if (key == "goals")
            patch.goals = TextListField(value, key);
        else if (key == "ground_rules")
            patch.ground_rules = TextListField(value, key);
        else if (key == "starts_on")
            patch.starts_on = TextField(value, key, 10);
        else if (key == "ends_on")
            patch.ends_on = TextField(value, key, 10);
        else if (key == "cadence_days")
            patch.cadence_days = IntegerField(value, key, 1, 92);
        else if (key == "session_minutes")
            patch.session_minutes = IntegerField(value, key, 15, 240);
        else if (key == "matching_mode") {
            const auto mode = value.is_string() ? domain::ParseMatchingMode(value.get<std::string>()) : std::nullopt;
            if (!mode) throw InvalidInput(key, "matching_mode must be one of assigned, self_selected, ranked");
            patch.matching_mode = *mode;
        } else if (key == "max_mentor_grade") {
            patch.max_mentor_grade = value.is_null() ? std::optional<long long>()
                                                     : std::optional<long long>(IntegerField(value, key, 0, 1000));
        } else if (key == "min_grade_gap")
            patch.min_grade_gap = IntegerField(value, key, 0, 100);
        else if (key == "exclude_same_department") {
            if (!value.is_boolean()) throw InvalidInput(key, "exclude_same_department must be true or false");
            patch.exclude_same_department = value.get<bool>();
        } else if (key == "topics")
            patch.topics = TextListField(value, key);
        else if (key == "terminology")
            ReadTerminology(value, patch);
        else if (key == "anonymity_k")
            patch.anonymity_k = IntegerField(value, key, 2, 1000);
        else if (key == "confidentiality_policy")
            patch.confidentiality_policy = TextField(value, key, 8000);
        else if (key == "application_deadline")
            patch.application_deadline = value.is_null() ? std::string() : TextField(value, key, 10);
        else if (key == "require_training")
            patch.require_training = BooleanField(value, key);
        else if (key == "require_mentor_approval")
            patch.require_mentor_approval = BooleanField(value, key);
        else if (key == "status") {
            const auto status =
                value.is_string() ? domain::ParseProgrammeStatus(value.get<std::string>()) : std::nullopt;
            if (!status) throw InvalidInput(key, "status must be one of draft, active, archived");
            patch.status = *status;
        } else if (key == "template")
            patch.template_key = value.is_null() ? std::string() : TextField(value, key, 60);
        else
            throw InvalidInput(key, "unknown field " + key);
    }
    return patch;
}

domain::ProgrammePatch NewProgrammeFromJson(const json& body) {
    if (body.is_object() && body.contains("template") && body["template"].is_string()) {
        const auto& key = body["template"].get_ref<const std::string&>();
        if (domain::FindProgrammeTemplate(key) == nullptr) throw InvalidInput("template", "unknown template " + key);
    }
    return ProgrammePatchFromJson(body);
}

}  // namespace upward::http
