#include "service/identity/user_service.hpp"

#include "core/errors.hpp"
#include "core/text.hpp"
#include "service/secrets/secrets.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/people_repository.hpp"
#include "storage/identity/user_repository.hpp"
#include "storage/programmes/programme_repository.hpp"

namespace upward::service {

CreatedUser AddUser(storage::Database& database, const Clock& clock, const NewUser& user) {
    const std::string email = ToLower(Trim(user.email));
    const auto at = email.find('@');
    if (email.empty() || at == std::string::npos || at == 0 || at == email.size() - 1 || email.size() > 254) {
        throw InvalidInput("email", "email must be an address such as name@example.com");
    }
    const auto programme_role = domain::ParseProgrammeRole(user.role);
    const auto role = programme_role ? std::optional(domain::Role::kParticipant) : domain::ParseRole(user.role);
    if (!role) throw InvalidInput("role", "role must be one of admin, sponsor, participant, mentor, mentee");
    if (programme_role && user.programme_id <= 0) {
        throw InvalidInput("programme", "a mentor or mentee account needs the programme it belongs to");
    }
    if (!user.password.empty() && user.password.size() < 12) {
        throw InvalidInput("password", "password must be at least 12 characters");
    }

    CreatedUser created;
    const std::string password = user.password.empty() ? GeneratePassword() : user.password;
    if (user.password.empty()) created.generated_password = password;

    domain::UserRecord record;
    record.email = email;
    record.role = *role;
    record.person_id = std::string(Trim(user.person_id));
    record.display_name = std::string(Trim(user.display_name));
    record.password_hash = HashPassword(password);
    record.created_at = clock.NowSeconds();

    auto session = database.Acquire();
    storage::Transaction transaction(*session, database.GetBackend());
    if (storage::FindUserByEmail(*session, email)) throw Conflict("an account with email " + email + " exists already");
    if (!record.person_id.empty()) {
        const auto person = storage::FindPerson(*session, record.person_id);
        if (!person)
            throw InvalidInput("person", "no person with employee id " + record.person_id + " in the directory");
        if (record.display_name.empty()) record.display_name = person->name;
    }
    if (record.display_name.empty()) record.display_name = email.substr(0, email.find('@'));
    if (programme_role && !storage::FindProgramme(*session, user.programme_id)) {
        throw InvalidInput("programme", "no programme with id " + std::to_string(user.programme_id));
    }
    created.id = storage::InsertUser(*session, record);
    if (programme_role)
        storage::AddMembership(*session, user.programme_id, created.id, *programme_role, record.created_at);
    transaction.Commit();
    return created;
}

std::optional<long long> UserService::FindIdByEmail(const std::string& email) {
    auto session = database_.Acquire();
    const auto user = storage::FindUserByEmail(*session, email);
    return user ? std::optional(user->id) : std::nullopt;
}

}  // namespace upward::service
