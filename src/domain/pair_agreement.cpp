#include "domain/pair_agreement.hpp"

#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::domain {

namespace {

// The catalogue's own spelling of `topic` (compared without case), or nullptr when it is not in it.
const std::string* CatalogueTopic(const Programme& programme, const std::string& topic) {
    const auto wanted = ToLower(Trim(topic));
    for (const auto& entry : programme.topics) {
        if (ToLower(entry) == wanted) return &entry;
    }
    return nullptr;
}

std::string RequiredText(const std::string& text, const std::string& field, const std::string& what) {
    std::string trimmed(Trim(text));
    if (trimmed.empty()) throw InvalidInput(field, what + " is required");
    if (trimmed.size() > kMaxAgreementText) {
        throw InvalidInput(field, what + " is at most " + std::to_string(kMaxAgreementText) + " characters");
    }
    return trimmed;
}

}  // namespace

AgreementTerms DefaultTerms(const Programme& programme, const std::vector<std::string>& shared_topics) {
    AgreementTerms terms;
    terms.cadence_days = programme.cadence_days;
    terms.confidentiality_statement = programme.confidentiality_policy;
    std::set<std::string> seen;
    for (const auto& topic : shared_topics) {
        const auto* entry = CatalogueTopic(programme, topic);
        if (entry != nullptr && seen.insert(*entry).second) terms.topics.push_back(*entry);
    }
    return terms;
}

AgreementTerms ValidTerms(AgreementTerms terms, const Programme& programme) {
    terms.mentee_goals = RequiredText(terms.mentee_goals, "mentee_goals", "the mentee's goals");
    terms.mentor_goals = RequiredText(terms.mentor_goals, "mentor_goals", "the mentor's goals");
    if (terms.topics.empty() && !programme.topics.empty()) {
        throw InvalidInput("topics", "choose at least one topic in scope from the programme's catalogue");
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < terms.topics.size(); ++i) {
        const auto field = "topics[" + std::to_string(i) + "]";
        const auto* entry = CatalogueTopic(programme, terms.topics[i]);
        if (entry == nullptr) {
            throw InvalidInput(field, "'" + terms.topics[i] + "' is not a topic of this programme's catalogue");
        }
        if (!seen.insert(*entry).second) throw InvalidInput(field, "'" + *entry + "' is listed twice");
        terms.topics[i] = *entry;
    }
    if (terms.cadence_days < 1 || terms.cadence_days > 92) {
        throw InvalidInput("cadence_days", "cadence_days must be a whole number of days from 1 to 92");
    }
    terms.confidentiality_statement =
        RequiredText(terms.confidentiality_statement, "confidentiality_statement", "the confidentiality statement");
    return terms;
}

std::string SideInPair(const Pair& pair, const std::string& person_id) {
    if (person_id.empty()) return "";
    if (person_id == pair.mentee) return "mentee";
    if (person_id == pair.mentor) return "mentor";
    return "";
}

}  // namespace upward::domain
