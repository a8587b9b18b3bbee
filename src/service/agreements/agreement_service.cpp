#include "service/agreements/agreement_service.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "service/access/pair_access.hpp"
#include "service/access/programme_access.hpp"
#include "service/agreements/pair_mail.hpp"
#include "service/audit/audit.hpp"
#include "service/sessions/session_proposal.hpp"
#include "storage/agreements/agreement_repository.hpp"
#include "storage/database/database.hpp"
#include "storage/directory/person_contact.hpp"
#include "storage/mail/mail_outbox_repository.hpp"
#include "storage/matching/match_profile_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/programmes/programme_repository.hpp"

namespace upward::service {

namespace {

std::string Subject(long long pair_id) { return "pair:" + std::to_string(pair_id); }

enum class Want { kRead, kChange };

// The pair and the caller's side in it ("mentee", "mentor"; empty for an admin reading), by the access policy:
// admins read, only the pair's two people write and sign. Decline reasons stay with the admin's copy.
std::pair<domain::Pair, std::string> PairFor(storage::Connection& session, const domain::Caller& caller,
                                             long long pair_id, Want want) {
    auto access = service::PairFor(session, caller, pair_id, want == Want::kRead ? PairUse::kAdminReads : PairUse::kOwn,
                                   "only the pair's mentee and mentor write and sign their agreement; sponsors see "
                                   "programme figures only");
    if (access.AdminReading()) return {std::move(access.pair), ""};
    return {domain::WithoutPrivateFields(std::move(access.pair)), std::move(access.side)};
}

domain::Programme ProgrammeOf(storage::Connection& session, const domain::Pair& pair) {
    return ProgrammeOrNotFound(session, pair.programme_id);
}

// What the mentee wants to learn that the mentor teaches, the mentee's priorities first.
std::vector<std::string> SharedTopics(storage::Connection& session, const domain::Pair& pair) {
    const auto mentee = storage::FindProfile(session, pair.programme_id, pair.mentee);
    const auto mentor = storage::FindProfile(session, pair.programme_id, pair.mentor);
    if (!mentee || !mentor) return {};
    auto wanted = mentee->topics;
    std::stable_sort(wanted.begin(), wanted.end(), [](const auto& a, const auto& b) { return a.value > b.value; });
    std::vector<std::string> shared;
    for (const auto& topic : wanted) {
        const bool taught = std::any_of(mentor->topics.begin(), mentor->topics.end(),
                                        [&topic](const auto& offered) { return offered.topic == topic.topic; });
        if (taught) shared.push_back(topic.topic);
    }
    return shared;
}

domain::PairAgreement CurrentAgreement(storage::Connection& session, const domain::Pair& pair,
                                       const domain::Programme& programme) {
    if (auto stored = storage::FindAgreement(session, pair.id)) return *stored;
    domain::PairAgreement agreement;
    agreement.pair_id = pair.id;
    agreement.terms = domain::DefaultTerms(programme, SharedTopics(session, pair));
    return agreement;
}

void RequireAccepted(const domain::Pair& pair, std::string_view action) {
    if (pair.status == domain::PairStatus::kAccepted) return;
    const auto id = std::to_string(pair.id);
    switch (pair.status) {
        case domain::PairStatus::kProposed:
            throw Conflict("pair " + id + " is proposed: both of you accept it before you " + std::string(action) +
                           " the agreement");
        case domain::PairStatus::kActive:
            throw Conflict("pair " + id + " is active: both signed the agreement, which is final");
        default:
            throw Conflict("pair " + id + " is " + std::string(domain::ToString(pair.status)) +
                           "; its agreement is closed");
    }
}

void TellBothPairIsActive(storage::Connection& session, const domain::Pair& pair, const domain::Programme& programme,
                          const domain::AgreementTerms& terms, const std::string& public_url, long long now) {
    const auto mentee = storage::FindPersonContact(session, pair.mentee);
    const auto mentor = storage::FindPersonContact(session, pair.mentor);
    const auto name_of = [](const std::optional<storage::PersonContact>& contact, const std::string& fallback,
                            const std::string& id) {
        if (contact) return contact->name;
        return fallback.empty() ? id : fallback;
    };
    const auto mentee_name = name_of(mentee, pair.mentee_name, pair.mentee);
    const auto mentor_name = name_of(mentor, pair.mentor_name, pair.mentor);
    // Someone with no address anywhere still becomes active; the web UI shows them the same news.
    if (mentee) {
        storage::EnqueueMail(
            session,
            PairActiveMail(pair, "mentee", mentee->email, mentee_name, mentor_name, programme.name, terms, public_url),
            now);
    }
    if (mentor) {
        storage::EnqueueMail(
            session,
            PairActiveMail(pair, "mentor", mentor->email, mentor_name, mentee_name, programme.name, terms, public_url),
            now);
    }
}

}  // namespace

AgreementView AgreementService::Get(const domain::Caller& caller, long long pair_id) {
    auto session = database_.Acquire();
    auto [pair, side] = PairFor(*session, caller, pair_id, Want::kRead);
    const auto programme = ProgrammeOf(*session, pair);
    AgreementView view{pair, CurrentAgreement(*session, pair, programme), programme.topics};
    if (side.empty()) Audit(*session, clock_, caller, "pair.agreement.read", Subject(pair_id));
    return view;
}

AgreementView AgreementService::Save(const domain::Caller& caller, long long pair_id, domain::AgreementTerms terms,
                                     std::optional<int> based_on_version) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    storage::LockPair(*session, pair_id);
    auto [pair, side] = PairFor(*session, caller, pair_id, Want::kChange);
    RequireAccepted(pair, "draft");
    const auto programme = ProgrammeOf(*session, pair);
    auto agreement = CurrentAgreement(*session, pair, programme);
    if (based_on_version && *based_on_version != agreement.version) {
        throw Conflict("the agreement has changed since you opened it (version " + std::to_string(*based_on_version) +
                       ", now " + std::to_string(agreement.version) + "); read it again and make your change there");
    }
    agreement.terms = domain::ValidTerms(std::move(terms), programme);
    ++agreement.version;
    // Both always sign the same text: a change needs both signatures again.
    agreement.mentee_signed_at.reset();
    agreement.mentor_signed_at.reset();
    agreement.updated_by = caller.user_id;
    agreement.updated_at = clock_.NowSeconds();
    storage::SaveAgreement(*session, agreement);
    Audit(*session, clock_, caller, "pair.agreement.save", Subject(pair_id),
          "version " + std::to_string(agreement.version));
    transaction.Commit();
    return {pair, agreement, programme.topics};
}

AgreementView AgreementService::Sign(const domain::Caller& caller, long long pair_id, int version) {
    auto session = database_.Acquire();
    storage::Transaction transaction(*session, database_.GetBackend());
    storage::LockPair(*session, pair_id);
    auto [pair, side] = PairFor(*session, caller, pair_id, Want::kChange);
    const auto programme = ProgrammeOf(*session, pair);
    auto agreement = CurrentAgreement(*session, pair, programme);
    auto& signed_at = side == "mentee" ? agreement.mentee_signed_at : agreement.mentor_signed_at;
    // Signing the version one signed already, of an agreement now in force, changes nothing.
    if (pair.status == domain::PairStatus::kActive && agreement.version == version && signed_at) {
        return {pair, agreement, programme.topics};
    }
    RequireAccepted(pair, "sign");
    if (!agreement.Drafted()) throw Conflict("nothing to sign yet: one of you drafts the agreement first");
    if (version != agreement.version) {
        throw Conflict("you signed version " + std::to_string(version) + " but the agreement is now version " +
                       std::to_string(agreement.version) + "; read it again and sign what it says now");
    }
    const auto now = clock_.NowSeconds();
    if (!signed_at) signed_at = now;
    storage::SaveAgreement(*session, agreement);
    Audit(*session, clock_, caller, "pair.agreement.sign", Subject(pair_id), "version " + std::to_string(version));
    if (agreement.SignedByBoth()) {
        pair.status = domain::PairStatus::kActive;
        pair.updated_at = now;
        storage::SetPairStatus(*session, pair.id, pair.status, now);
        TellBothPairIsActive(*session, pair, programme, agreement.terms, public_url_, now);
        ProposeSeries(*session, pair.id, now);  // blocked time: the recurring series, in both calendars
    }
    transaction.Commit();
    return {pair, agreement, programme.topics};
}

}  // namespace upward::service
