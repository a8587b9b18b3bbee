#pragma once

// Every email Upward sends is built here, so all of them look alike and end with the same footer.
//
// No message ever contains a password, and nothing here could check that: a password is just text. So the
// rule is kept by construction instead. Accounts made for invitees are signed up through a single-use,
// expiring link whose token is stored only as a digest; passwords are chosen by people in the web UI or
// printed once by `upward user add`, and no code path hands one to a mail. A MailDraft takes display text
// and at most one link; when you add a message, pass names, programme facts and links, never a credential
// (tests/service/mail_secrets_test.cpp reads the composed invitations and decisions to hold this).
// Messages carry no tracking: no images, no remote resources, no per-recipient redirect links.

#include <string>
#include <string_view>
#include <vector>

#include "storage/mail/mail_outbox_repository.hpp"

namespace upward::service {

/// What a message says, as plain text; the composer escapes it for HTML.
struct MailDraft {
    std::string subject;
    /// "Hello <greeting_name>," — empty gives "Hello,".
    std::string greeting_name;
    /// The body, one paragraph each. A line break inside a paragraph is kept.
    std::vector<std::string> paragraphs;
    /// An optional button (HTML) and line (text) with the one link the message is about: http(s) only.
    std::string action_label;
    std::string action_url;
    /// Small print after the action, e.g. "The link works once and expires on 12 June."
    std::vector<std::string> notes;

    // The footer: why the person receives this and how to get fewer emails (never a one-click link that
    // unsubscribes or deletes anything: a forwarded email must not be able to change someone's settings).
    /// The programme the message is about; empty for account messages.
    std::string programme_name;
    /// Who to contact about the programme or these emails; empty gives "the programme's administrators".
    std::string contact;
    /// Where the person changes which emails they get, if the product has such a page.
    std::string settings_url;
};

struct MailBodies {
    std::string text;
    std::string html;
};

/// The plain-text and HTML bodies of `draft` (the HTML a complete document with inline styles only).
/// Throws std::invalid_argument when the action URL is not http(s) or has a label-less link.
MailBodies RenderMail(const MailDraft& draft);

/// A message ready for storage::EnqueueMail: `dedupe_key` names the event ("invitation:12").
domain::OutgoingMail ComposeMail(const std::string& dedupe_key, const std::string& recipient,
                                 const std::string& recipient_name, const MailDraft& draft);

/// Text for an HTML element or a double-quoted attribute.
std::string EscapeHtml(std::string_view text);

}  // namespace upward::service
