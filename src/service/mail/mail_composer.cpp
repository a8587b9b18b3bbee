#include "service/mail/mail_composer.hpp"

#include <stdexcept>

#include "storage/mail/mail_outbox_repository.hpp"

namespace upward::service {

namespace {

constexpr std::size_t kTextWidth = 72;

// Word-wraps one paragraph for the plain-text part, keeping its own line breaks. Long words (links) stay whole:
// a broken link is worse than a long line. Widths count bytes, which errs towards shorter lines for non-ASCII.
std::string Wrap(const std::string& paragraph) {
    std::string out;
    std::size_t line_start = 0;
    while (line_start <= paragraph.size()) {
        auto line_end = paragraph.find('\n', line_start);
        if (line_end == std::string::npos) line_end = paragraph.size();
        const std::string line = paragraph.substr(line_start, line_end - line_start);
        std::size_t column = 0;
        std::size_t word_start = 0;
        bool first_word = true;
        while (word_start < line.size()) {
            if (line[word_start] == ' ') {
                ++word_start;
                continue;
            }
            auto word_end = line.find(' ', word_start);
            if (word_end == std::string::npos) word_end = line.size();
            const auto word = std::string_view(line).substr(word_start, word_end - word_start);
            if (!first_word && column + 1 + word.size() > kTextWidth) {
                out += '\n';
                column = 0;
            } else if (!first_word) {
                out += ' ';
                ++column;
            }
            out += word;
            column += word.size();
            first_word = false;
            word_start = word_end;
        }
        if (line_end == paragraph.size()) break;
        out += '\n';
        line_start = line_end + 1;
    }
    return out;
}

std::string HtmlParagraph(const std::string& text, const std::string& style) {
    std::string escaped = EscapeHtml(text);
    std::string html;
    for (const char c : escaped) {
        if (c == '\n') {
            html += "<br>";
        } else {
            html += c;
        }
    }
    return "<p style=\"" + style + "\">" + html + "</p>\n";
}

bool IsWebLink(const std::string& url) {
    return (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) &&
           url.find_first_of(" \t\r\n\"<>") == std::string::npos;
}

std::vector<std::string> FooterLines(const MailDraft& draft) {
    const std::string contact = draft.contact.empty() ? "the programme's administrators" : draft.contact;
    std::vector<std::string> lines;
    if (draft.programme_name.empty()) {
        lines.push_back(
            "You receive this email because you have an account on Upward, the reverse mentoring "
            "platform of your organisation.");
    } else {
        lines.push_back("You receive this email because you take part in the reverse mentoring programme \u201c" +
                        draft.programme_name + "\u201d.");
    }
    std::string change = "Questions, or fewer emails? Contact " + contact + ".";
    if (!draft.settings_url.empty()) change += " You can choose which emails you get at " + draft.settings_url + ".";
    lines.push_back(change);
    lines.push_back("Upward never asks for your password by email, and this email contains no tracking.");
    return lines;
}

constexpr const char* kParagraphStyle = "margin:0 0 16px 0;font-size:16px;line-height:24px;";
constexpr const char* kNoteStyle = "margin:0 0 12px 0;font-size:14px;line-height:20px;color:#52606d;";
constexpr const char* kFooterStyle = "margin:0 0 8px 0;font-size:12px;line-height:18px;color:#7b8794;";

}  // namespace

std::string EscapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

MailBodies RenderMail(const MailDraft& draft) {
    const bool has_action = !draft.action_url.empty();
    if (has_action && !IsWebLink(draft.action_url)) {
        throw std::invalid_argument("a mail's action link must be an http(s) URL without spaces or quotes");
    }
    if (has_action && draft.action_label.empty()) throw std::invalid_argument("a mail's action link needs a label");
    const std::string greeting = draft.greeting_name.empty() ? "Hello," : "Hello " + draft.greeting_name + ",";
    const auto footer = FooterLines(draft);

    MailBodies bodies;
    bodies.text = Wrap(greeting) + "\n\n";
    for (const auto& paragraph : draft.paragraphs) bodies.text += Wrap(paragraph) + "\n\n";
    if (has_action) bodies.text += draft.action_label + ":\n" + draft.action_url + "\n\n";
    for (const auto& note : draft.notes) bodies.text += Wrap(note) + "\n\n";
    // "-- " is the signature separator mail readers recognise and fold away.
    bodies.text += "-- \n";
    for (const auto& line : footer) bodies.text += Wrap(line) + "\n";

    auto& html = bodies.html;
    html =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
        EscapeHtml(draft.subject) +
        "</title>\n</head>\n"
        "<body style=\"margin:0;padding:24px 12px;background:#f5f7fa;color:#1f2933;"
        "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;\">\n"
        "<div style=\"max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:28px 24px;\">\n";
    html += HtmlParagraph(greeting, kParagraphStyle);
    for (const auto& paragraph : draft.paragraphs) html += HtmlParagraph(paragraph, kParagraphStyle);
    if (has_action) {
        const auto url = EscapeHtml(draft.action_url);
        html += "<p style=\"margin:24px 0;\"><a href=\"" + url +
                "\" style=\"display:inline-block;padding:12px 20px;background:#3b5bdb;color:#ffffff;"
                "text-decoration:none;border-radius:6px;font-weight:600;\">" +
                EscapeHtml(draft.action_label) + "</a></p>\n";
        html += "<p style=\"" + std::string(kNoteStyle) +
                "\">If the button does not work, copy this address into your browser:<br><span "
                "style=\"word-break:break-all;\">" +
                url + "</span></p>\n";
    }
    for (const auto& note : draft.notes) html += HtmlParagraph(note, kNoteStyle);
    html += "<hr style=\"border:none;border-top:1px solid #e4e7eb;margin:24px 0 16px 0;\">\n";
    for (const auto& line : footer) html += HtmlParagraph(line, kFooterStyle);
    html += "</div>\n</body>\n</html>\n";
    return bodies;
}

domain::OutgoingMail ComposeMail(const std::string& dedupe_key, const std::string& recipient,
                                 const std::string& recipient_name, const MailDraft& draft) {
    auto bodies = RenderMail(draft);
    domain::OutgoingMail mail;
    mail.dedupe_key = dedupe_key;
    mail.recipient = recipient;
    mail.recipient_name = recipient_name;
    mail.subject = draft.subject;
    mail.text_body = std::move(bodies.text);
    mail.html_body = std::move(bodies.html);
    return mail;
}

}  // namespace upward::service
