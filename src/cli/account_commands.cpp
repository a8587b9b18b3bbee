#include <iostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "service/identity/auth_service.hpp"
#include "service/identity/user_service.hpp"

namespace upward::cli {

namespace {

struct UserAddOptions {
    service::NewUser user;
    bool password_stdin = false;
};

void AddUser(CliContext& context, UserAddOptions options) {
    if (options.password_stdin) {
        std::getline(std::cin, options.user.password);
        if (options.user.password.empty()) throw InvalidInput("password", "no password was given on standard input");
    }
    const auto created = context.Services().users.Add(options.user);
    std::cout << "created user " << created.id << " <" << options.user.email << "> with role " << options.user.role
              << "\n";
    if (!created.generated_password.empty()) {
        // Printed once, to the operator's terminal only; the database keeps just the Argon2id hash.
        std::cout << "password: " << created.generated_password << "\n";
    }
}

struct TokenOptions {
    std::string email;
    std::string name = "command line";
};

void CreateToken(CliContext& context, const TokenOptions& options) {
    auto& services = context.Services();
    const auto user_id = services.users.FindIdByEmail(options.email);
    if (!user_id) throw NotFound("no account with email " + options.email);
    const auto created = services.auth.CreateApiToken(*user_id, options.name);
    std::cout << created.token << "\n";
}

}  // namespace

void AddUserCommand(CLI::App& app, CliContext& context) {
    auto* user = app.add_subcommand("user", "accounts");
    user->require_subcommand(1);
    auto options = std::make_shared<UserAddOptions>();
    auto* add = user->add_subcommand("add", "create an account (prints a generated password unless one is given)");
    add->add_option("--email", options->user.email, "sign-in email")->required();
    add->add_option("--role", options->user.role, "admin, sponsor, participant, or mentor/mentee with --programme")
        ->required()
        ->check(CLI::IsMember({"admin", "sponsor", "participant", "mentor", "mentee"}));
    add->add_option("--programme", options->user.programme_id, "programme id, for mentor and mentee accounts");
    add->add_option("--person", options->user.person_id, "the person's employee id in the directory");
    add->add_option("--name", options->user.display_name, "display name (default: the person's name)");
    add->add_flag("--password-stdin", options->password_stdin,
                  "read the password from the first line of standard input");
    add->callback([&context, options] { AddUser(context, *options); });
}

void AddTokenCommand(CLI::App& app, CliContext& context) {
    auto* token = app.add_subcommand("token", "API tokens for scripts");
    token->require_subcommand(1);
    auto options = std::make_shared<TokenOptions>();
    auto* create = token->add_subcommand("create", "create an API token and print it (shown once)");
    create->add_option("--email", options->email, "the account the token acts as")->required();
    create->add_option("--name", options->name, "what the token is for")->capture_default_str();
    create->callback([&context, options] { CreateToken(context, *options); });
}

}  // namespace upward::cli
