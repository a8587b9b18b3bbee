#include "service/training/training_defaults.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "core/text.hpp"
#include "domain/training_document.hpp"
#include "storage/database/connection.hpp"
#include "storage/training/training_repository.hpp"

namespace upward::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& TrainingDefaults();
}

namespace upward::service {

namespace {

constexpr std::string_view kTopicsPlaceholder = "{{topics}}";

// Topics are the admin's words: escape Markdown punctuation so a topic reads as plain text.
std::string EscapeMarkdown(const std::string& text) {
    std::string escaped;
    for (const char c : text) {
        if (std::ispunct(static_cast<unsigned char>(c))) escaped += '\\';
        escaped += c;
    }
    return escaped;
}

std::string TopicList(const std::vector<std::string>& topics) {
    if (topics.empty()) {
        return "- *No topics are listed for this programme yet; the programme team will add them, and your pair "
               "agreement names the ones you and your mentee choose.*";
    }
    std::string list;
    for (const auto& topic : topics) list += "- " + EscapeMarkdown(topic) + "\n";
    list.pop_back();
    return list;
}

std::string Substitute(std::string text, const domain::Programme& programme) {
    for (auto at = text.find(kTopicsPlaceholder); at != std::string::npos; at = text.find(kTopicsPlaceholder, at)) {
        const auto list = TopicList(programme.topics);
        text.replace(at, kTopicsPlaceholder.size(), list);
        at += list.size();
    }
    return text;
}

}  // namespace

std::vector<domain::TrainingModule> DefaultTrainingModules(const domain::Programme& programme, long long now) {
    std::vector<domain::TrainingModule> modules;
    for (const auto& [file, text] : embedded::TrainingDefaults()) {
        const auto document = domain::ParseTrainingDocument(text);
        domain::TrainingModule module;
        module.programme_id = programme.id;
        const auto role = domain::ParseProgrammeRole(document.front_matter.at("role"));
        if (!role) throw std::logic_error("default training module " + std::string(file) + " has no valid role");
        module.role = *role;
        module.position = static_cast<int>(ParseInteger(document.front_matter.at("position")).value_or(0));
        module.title = document.title;
        module.body_markdown = Substitute(document.body_markdown, programme);
        module.quiz = document.quiz;
        module.pass_mark = document.pass_mark;
        module.created_at = module.updated_at = now;
        domain::Validate(module);
        modules.push_back(std::move(module));
    }
    std::sort(modules.begin(), modules.end(), [](const auto& a, const auto& b) {
        return std::pair(domain::ToString(a.role), a.position) < std::pair(domain::ToString(b.role), b.position);
    });
    return modules;
}

int InstallDefaultTrainingModules(storage::Connection& session, const domain::Programme& programme, long long now) {
    if (!storage::MarkTrainingDefaultsInstalled(session, programme.id, now)) return 0;
    int installed = 0;
    for (auto module : DefaultTrainingModules(programme, now)) {
        // After any module an admin wrote before the defaults arrived (an older programme).
        module.position = storage::NextTrainingPosition(session, programme.id, module.role);
        storage::InsertTrainingModule(session, module);
        ++installed;
    }
    return installed;
}

}  // namespace upward::service
