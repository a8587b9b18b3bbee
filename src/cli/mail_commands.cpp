// `upward mail`: what the outbox holds, and sending what is due from cron or a script.
#include "cli/mail_commands.hpp"

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/mail_options.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

namespace upward::cli {

namespace {

using nlohmann::json;

struct StatusOptions {
    std::string format = "text";
    int failures = 10;
};

json Nullable(const std::optional<long long>& time) { return time ? json(FormatTimestamp(*time)) : json(nullptr); }

void PrintStatus(CliContext& context, const StatusOptions& options) {
    const auto summary = context.Services().outbox.Summary(options.failures);
    if (options.format == "json") {
        json failures = json::array();
        for (const auto& mail : summary.failures) {
            failures.push_back({{"id", mail.id},
                                {"key", mail.dedupe_key},
                                {"recipient", mail.recipient},
                                {"subject", mail.subject},
                                {"attempts", mail.attempts},
                                {"created_at", FormatTimestamp(mail.created_at)},
                                {"last_error", mail.last_error}});
        }
        std::cout << json{{"queued", summary.queued},
                          {"sending", summary.sending},
                          {"sent", summary.sent},
                          {"failed", summary.failed},
                          {"oldest_queued_at", Nullable(summary.oldest_queued_at)},
                          {"next_attempt_at", Nullable(summary.next_attempt_at)},
                          {"failures", failures}}
                         .dump(2)
                  << "\n";
        return;
    }
    std::cout << "queued   " << summary.queued;
    if (summary.oldest_queued_at) std::cout << "  (oldest from " << FormatTimestamp(*summary.oldest_queued_at) << ")";
    if (summary.next_attempt_at) std::cout << "  next attempt " << FormatTimestamp(*summary.next_attempt_at);
    std::cout << "\nsending  " << summary.sending << "\nsent     " << summary.sent << "\nfailed   " << summary.failed
              << "\n";
    if (summary.failures.empty()) return;
    std::cout << "\nlatest failures (`upward mail retry ID` queues one again):\n";
    for (const auto& mail : summary.failures) {
        std::cout << "  #" << mail.id << " " << mail.dedupe_key << " to " << mail.recipient << ", " << mail.attempts
                  << " attempt" << (mail.attempts == 1 ? "" : "s") << ": " << mail.last_error << "\n";
    }
}

void SendDue(CliContext& context, const MailOptions& options) {
    MailSending sending(options, context.Database(), context.GetClock());
    const auto report = sending.Dispatcher().SendDue();
    using Result = service::MailOutcome::Result;
    const int sent = report.Count(Result::kSent);
    const int retry = report.Count(Result::kRetry);
    const int failed = report.Count(Result::kFailed);
    std::cout << sent << " sent, " << retry << " to retry later, " << failed << " given up\n";
    for (const auto& outcome : report.outcomes) {
        if (outcome.result == Result::kSent) continue;
        std::cerr << "  #" << outcome.id << " " << outcome.dedupe_key << ": " << outcome.error << "\n";
    }
    // A script or cron job should notice that the SMTP server did not take everything.
    if (retry + failed > 0) {
        throw Unavailable(std::to_string(retry + failed) + " of " + std::to_string(report.outcomes.size()) +
                          " messages were not sent" + (retry > 0 ? "; they stay queued for another attempt" : ""));
    }
}

void Retry(CliContext& context, const std::vector<long long>& ids) {
    for (const auto id : ids) {
        context.Services().outbox.Requeue(id);
        std::cout << "#" << id << " queued again\n";
    }
}

}  // namespace

void AddMailCommand(CLI::App& app, CliContext& context) {
    auto* mail = app.add_subcommand("mail", "the email outbox: status, sending what is due, retrying failures");
    mail->require_subcommand(1);

    auto status_options = std::make_shared<StatusOptions>();
    auto* status =
        mail->add_subcommand("status", "messages per status, the oldest waiting one and the latest failures");
    status->add_option("--format", status_options->format, "text or json")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    status->add_option("--failures", status_options->failures, "how many of the latest failures to list")
        ->check(CLI::Range(0, 1000))
        ->capture_default_str();
    status->callback([&context, status_options] { PrintStatus(context, *status_options); });

    auto send_options = std::make_shared<MailOptions>();
    auto* send = mail->add_subcommand("send",
                                      "send every due message once now (for cron or scripts); exits 5 when "
                                      "some could not be sent");
    AddMailOptions(send, *send_options);
    send->callback([&context, send_options] { SendDue(context, *send_options); });

    auto retry_ids = std::make_shared<std::vector<long long>>();
    auto* retry = mail->add_subcommand("retry", "queue failed messages again with a fresh set of attempts");
    retry->add_option("ID", *retry_ids, "outbox ids, as `upward mail status` lists them")->required();
    retry->callback([&context, retry_ids] { Retry(context, *retry_ids); });
}

}  // namespace upward::cli
