#include "cli/notes_key_command.hpp"

#include <iostream>

#include "service/session_log/notes_key.hpp"

namespace upward::cli {

void AddNotesKeyCommand(CLI::App& app, CliContext&) {
    auto* command = app.add_subcommand("notes-key", "the key that encrypts private session notes");
    command->require_subcommand(1);
    auto output = std::make_shared<std::string>();
    auto* generate = command->add_subcommand(
        "generate", "make a new key: keep it (and a backup) safe, since notes sealed with a lost key stay unreadable");
    generate->add_option("--output", *output, "write the key to this new file (mode 0600) instead of stdout");
    generate->callback([output] {
        const auto key = service::NotesKey::Generate();
        if (output->empty()) {
            std::cout << key.ToBase64() << "\n";
            return;
        }
        service::WriteNotesKeyFile(*output, key);
        std::cout << "wrote notes key " << key.Id() << " to " << *output
                  << " (readable by you alone; back it up: notes sealed with a lost key cannot be read)\n";
    });
}

}  // namespace upward::cli
