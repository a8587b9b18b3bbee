#include "service/sessions/session_escalation.hpp"

#include "domain/session.hpp"
#include "storage/database/connection.hpp"
#include "storage/directory/person_contact.hpp"
#include "storage/mail/mail_outbox_repository.hpp"
#include "storage/matching/pair_repository.hpp"
#include "storage/programmes/programme_repository.hpp"
#include "storage/sessions/session_repository.hpp"

namespace upward::service {

namespace {

// Counts only: the sponsor learns that the senior keeps missing sessions, never what was said or why.
domain::OutgoingMail EscalationMail(const storage::SponsorContact& sponsor,
                                    const storage::SessionEscalation& escalation, const std::string& programme_name,
                                    const std::string& mentee_name, const domain::SessionPolicy& policy) {
    domain::OutgoingMail mail;
    mail.dedupe_key = "session-escalation:" + std::to_string(escalation.id) + ":" + std::to_string(sponsor.user_id);
    mail.recipient = sponsor.email;
    mail.recipient_name = sponsor.display_name;
    mail.subject = "Upward: sessions missed in " + programme_name;
    const auto why = escalation.trigger_kind == "consecutive"
                         ? std::to_string(escalation.consecutive_misses) + " sessions in a row (the programme allows " +
                               std::to_string(policy.max_consecutive_misses - 1) + ")"
                         : std::to_string(escalation.total_misses) +
                               " sessions in the programme (the programme allows " +
                               std::to_string(policy.max_total_misses - 1) + ")";
    mail.text_body = "Hello " + sponsor.display_name + ",\n\n" + mentee_name + ", a senior participant of " +
                     programme_name + ", has cancelled or missed " + why + ".\n\n" +
                     "Sessions missed in a row: " + std::to_string(escalation.consecutive_misses) + "\n" +
                     "Sessions missed in the programme: " + std::to_string(escalation.total_misses) + "\n\n" +
                     "Upward tells you the counts only; what the pair discusses stays between them.\n";
    return mail;
}

}  // namespace

std::vector<storage::SessionEscalation> EscalateMissesIfDue(storage::Connection& session, long long pair_id,
                                                            long long now) {
    std::vector<storage::SessionEscalation> written;
    const auto pair = storage::FindPair(session, pair_id);
    if (!pair) return written;
    const auto policy = storage::LoadSessionPolicy(session, pair->programme_id);
    const auto counts = domain::CountSessions(storage::ListOccurrences(session, pair_id), now);
    auto escalate = [&](const std::string& kind, long long occurrence_id) {
        storage::SessionEscalation escalation;
        escalation.pair_id = pair_id;
        escalation.programme_id = pair->programme_id;
        escalation.trigger_kind = kind;
        escalation.consecutive_misses = counts.consecutive_mentee_misses;
        escalation.total_misses = counts.mentee_misses;
        escalation.occurrence_id = occurrence_id;
        escalation.notified_at = now;
        escalation.id = storage::InsertEscalation(session, escalation);
        written.push_back(escalation);
    };
    if (counts.consecutive_mentee_misses >= policy.max_consecutive_misses && counts.miss_run_start != 0 &&
        !storage::HasEscalation(session, pair_id, "consecutive", counts.miss_run_start)) {
        escalate("consecutive", counts.miss_run_start);
    }
    if (counts.mentee_misses >= policy.max_total_misses && !storage::HasEscalation(session, pair_id, "total", 0)) {
        // The occurrence that reached the total: the latest miss, which is the run's last when there is one.
        long long latest_miss = 0, latest_start = 0;
        for (const auto& occurrence : storage::ListOccurrences(session, pair_id)) {
            if ((occurrence.status == "cancelled" || occurrence.starts_at <= now) && domain::IsMenteeMiss(occurrence) &&
                occurrence.starts_at >= latest_start) {
                latest_start = occurrence.starts_at;
                latest_miss = occurrence.id;
            }
        }
        if (latest_miss != 0) escalate("total", latest_miss);
    }
    if (written.empty()) return written;
    const auto programme = storage::FindProgramme(session, pair->programme_id);
    const auto mentee = storage::FindPersonContact(session, pair->mentee);
    const auto mentee_name = mentee ? mentee->name : (pair->mentee_name.empty() ? pair->mentee : pair->mentee_name);
    for (const auto& sponsor : storage::ProgrammeSponsors(session, pair->programme_id)) {
        for (const auto& escalation : written) {
            storage::EnqueueMail(
                session,
                EscalationMail(sponsor, escalation, programme ? programme->name : "the programme", mentee_name, policy),
                now);
        }
    }
    return written;
}

}  // namespace upward::service
