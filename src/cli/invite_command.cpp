// `upward invite`: admins who script invite people to a programme, chosen by employee id or by a filter.
// Each invitee gets an email (queued in the outbox; `upward serve` sends it) with a single-use link.
#include "cli/invite_command.hpp"

#include <iostream>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/enrolment/enrolment_service.hpp"

namespace upward::cli {

namespace {

struct InviteOptions {
    long long programme = 0;
    std::string side;
    std::vector<std::string> people;
    long long grade_min = 0;
    long long grade_max = 0;
    bool has_grade_min = false;  // set from CLI11's count of each option
    bool has_grade_max = false;
    std::string department;
    std::string location;
    int expires_in_days = domain::kDefaultInvitationDays;
    std::string public_url = "http://127.0.0.1:8080";
};

// The links in the emails point here; the same check as `serve --public-url`.
std::string LinkBase(std::string url) {
    const bool web = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
    if (!web || url.find_first_of(" \t\r\n\"<>") != std::string::npos) {
        throw InvalidInput("public-url",
                           "expected the address people open Upward at, such as https://mentoring.example.com");
    }
    while (url.size() > 8 && url.back() == '/') url.pop_back();
    return url;
}

service::InviteRequest RequestFrom(const InviteOptions& options) {
    service::InviteRequest request;
    if (options.side == "mentor") {
        request.side = domain::Side::kMentor;
    } else if (options.side == "mentee") {
        request.side = domain::Side::kMentee;
    } else {
        throw InvalidInput("side", "--side must be mentor or mentee");
    }
    const bool by_filter =
        options.has_grade_min || options.has_grade_max || !options.department.empty() || !options.location.empty();
    if (!options.people.empty() && by_filter) {
        throw InvalidInput("people",
                           "give either --people or a filter (--grade-min/--grade-max/--department/--location)");
    }
    if (options.people.empty() && !by_filter) {
        throw InvalidInput("people",
                           "choose --people E1,E2 or a filter (--grade-min/--grade-max/--department/--location)");
    }
    for (const auto& id : options.people) {
        const std::string trimmed(Trim(id));
        if (!trimmed.empty()) request.employee_ids.push_back(trimmed);
    }
    if (by_filter) {
        if (options.has_grade_min && options.has_grade_max && options.grade_min > options.grade_max) {
            throw InvalidInput("grade-max", "--grade-max must not be below --grade-min");
        }
        domain::InviteeFilter filter;
        if (options.has_grade_min) filter.grade_min = options.grade_min;
        if (options.has_grade_max) filter.grade_max = options.grade_max;
        filter.department = options.department;
        filter.location = options.location;
        request.filter = filter;
    }
    request.expires_in_days = options.expires_in_days;
    return request;
}

void Invite(CliContext& context, const InviteOptions& options) {
    const auto request = RequestFrom(options);
    auto& enrolment = context.Services({LinkBase(options.public_url), {}}).enrolment;
    const auto outcome = enrolment.Invite(context.Operator(), options.programme, request);
    std::cout << "invited " << outcome.invited << " as " << options.side;
    if (outcome.reissued > 0) std::cout << " (" << outcome.reissued << " of them again, with a new link)";
    std::cout << "; skipped " << outcome.skipped.size() << "\n";
    for (const auto& skipped : outcome.skipped)
        std::cout << "  skipped " << skipped.employee_id << ": " << skipped.reason << "\n";
}

}  // namespace

void AddInviteCommand(CLI::App& app, CliContext& context) {
    auto options = std::make_shared<InviteOptions>();
    auto* command = app.add_subcommand(
        "invite",
        "invite people to apply to a programme as mentor or mentee; each gets an email with a single-use link");
    command->add_option("--programme", options->programme, "programme id")->required()->check(CLI::PositiveNumber);
    command->add_option("--side", options->side, "mentor or mentee")->required();
    command->add_option("--people", options->people, "employee ids, comma-separated")->delimiter(',');
    auto* grade_min = command->add_option("--grade-min", options->grade_min, "filter: lowest grade");
    auto* grade_max = command->add_option("--grade-max", options->grade_max, "filter: highest grade");
    command->add_option("--department", options->department, "filter: department (exact)");
    command->add_option("--location", options->location, "filter: location (exact)");
    command->add_option("--expires-in-days", options->expires_in_days, "how long the links work")
        ->check(CLI::Range(1, domain::kMaxInvitationDays))
        ->capture_default_str();
    command->add_option("--public-url", options->public_url, "the address people open Upward at, for the links")
        ->envname("UPWARD_PUBLIC_URL")
        ->capture_default_str();
    command->callback([&context, options, grade_min, grade_max] {
        options->has_grade_min = grade_min->count() > 0;
        options->has_grade_max = grade_max->count() > 0;
        Invite(context, *options);
    });
}

}  // namespace upward::cli
