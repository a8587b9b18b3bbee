// The composer every email goes through: both bodies, escaping, the footer, and what it refuses.
#include "service/mail/mail_composer.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace upward::service {
namespace {

MailDraft Draft() {
    MailDraft draft;
    draft.subject = "You're invited to <Digital> Reverse Mentoring";
    draft.greeting_name = "Zoë O'Brien";
    draft.paragraphs = {"Dana asked you to join as a mentor & share what you know about AI tools.",
                        "First line\nsecond line"};
    draft.action_label = "Accept the invitation";
    draft.action_url = "https://mentoring.example.com/#/invitations/accept?token=abc&x=1";
    draft.notes = {"The link works once and expires on 2025-06-15."};
    draft.programme_name = "Digital <Reverse> Mentoring";
    draft.contact = "hr-mentoring@example.com";
    return draft;
}

std::size_t Count(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
    return count;
}

TEST(MailComposerTest, TheTextPartSaysEverythingInPlainText) {
    const auto bodies = RenderMail(Draft());
    const auto& text = bodies.text;
    EXPECT_EQ(text.rfind("Hello Zoë O'Brien,\n\n", 0), 0u) << text;
    EXPECT_NE(text.find("mentor & share what you know"), std::string::npos) << text;
    EXPECT_NE(text.find("First line\nsecond line"), std::string::npos) << text;
    EXPECT_NE(text.find("Accept the invitation:\nhttps://mentoring.example.com/#/invitations/accept?token=abc&x=1\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("expires on 2025-06-15"), std::string::npos);
    EXPECT_EQ(text.find('<' + std::string("p")), std::string::npos) << "no markup in the text part";
    // The footer, after the signature separator mail readers recognise.
    const auto footer = text.substr(text.find("\n-- \n"));
    EXPECT_NE(footer.find("\u201cDigital <Reverse> Mentoring\u201d"), std::string::npos) << footer;
    EXPECT_NE(footer.find("Contact hr-mentoring@example.com"), std::string::npos) << footer;
    EXPECT_NE(footer.find("Upward never asks for your password by email"), std::string::npos) << footer;
    EXPECT_NE(footer.find("tracking."), std::string::npos) << footer;
}

TEST(MailComposerTest, TheTextPartWrapsProseButNeverBreaksALink) {
    MailDraft draft = Draft();
    draft.paragraphs = {std::string(30, 'a') + " " + std::string(30, 'b') + " " + std::string(30, 'c'),
                        "see https://mentoring.example.com/" + std::string(100, 'x')};
    const auto text = RenderMail(draft).text;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.find("https://") == std::string::npos) EXPECT_LE(line.size(), 76u) << line;
    }
    EXPECT_NE(text.find("https://mentoring.example.com/" + std::string(100, 'x')), std::string::npos);
}

TEST(MailComposerTest, TheHtmlPartEscapesEverythingItIsGiven) {
    const auto html = RenderMail(Draft()).html;
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
    EXPECT_NE(html.find("<title>You&#39;re invited to &lt;Digital&gt; Reverse Mentoring</title>"), std::string::npos)
        << html;
    EXPECT_NE(html.find("Hello Zoë O&#39;Brien,"), std::string::npos) << html;
    EXPECT_NE(html.find("mentor &amp; share"), std::string::npos);
    EXPECT_NE(html.find("First line<br>second line"), std::string::npos);
    EXPECT_NE(html.find("Digital &lt;Reverse&gt; Mentoring"), std::string::npos);
    EXPECT_EQ(html.find("<Digital>"), std::string::npos);
    EXPECT_EQ(html.find("<Reverse>"), std::string::npos);
    // The one link, escaped inside its attribute, shown once as a button and once as text to copy.
    EXPECT_NE(html.find("href=\"https://mentoring.example.com/#/invitations/accept?token=abc&amp;x=1\""),
              std::string::npos)
        << html;
    EXPECT_EQ(Count(html, "token=abc"), 2u);
    EXPECT_EQ(Count(html, "href="), 1u);
}

TEST(MailComposerTest, NothingInTheMessageTracksItsReader) {
    const auto html = RenderMail(Draft()).html;
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("url("), std::string::npos);
    EXPECT_EQ(html.find("src="), std::string::npos);
    // The only address anywhere in the HTML is the action link the sender chose.
    EXPECT_EQ(Count(html, "http://") + Count(html, "https://"), 2u);
}

TEST(MailComposerTest, AScriptOrMalformedActionLinkIsRefused) {
    for (const char* url : {"javascript:alert(1)", "mentoring.example.com/x", "https://x.example.com/\" onclick=\"y",
                            "https://x.example.com/a b", "data:text/html,hi"}) {
        MailDraft draft = Draft();
        draft.action_url = url;
        EXPECT_THROW(RenderMail(draft), std::invalid_argument) << url;
    }
    MailDraft unlabelled = Draft();
    unlabelled.action_label.clear();
    EXPECT_THROW(RenderMail(unlabelled), std::invalid_argument);
}

TEST(MailComposerTest, AMessageWithoutActionOrProgrammeStillSaysWhyItCame) {
    MailDraft draft;
    draft.subject = "Your account";
    draft.paragraphs = {"Your account was created."};
    const auto bodies = RenderMail(draft);
    EXPECT_EQ(bodies.text.rfind("Hello,\n\n", 0), 0u);
    EXPECT_NE(bodies.text.find("account on Upward"), std::string::npos) << bodies.text;
    EXPECT_NE(bodies.text.find("Contact the programme's administrators"), std::string::npos) << bodies.text;
    EXPECT_EQ(bodies.html.find("href="), std::string::npos);
}

TEST(MailComposerTest, ComposeMailFillsAnOutboxMessage) {
    MailDraft draft = Draft();
    draft.settings_url = "https://mentoring.example.com/#/settings";
    const auto mail = ComposeMail("invitation:4", "zoe@example.com", "Zoë O'Brien", draft);
    EXPECT_EQ(mail.dedupe_key, "invitation:4");
    EXPECT_EQ(mail.recipient, "zoe@example.com");
    EXPECT_EQ(mail.recipient_name, "Zoë O'Brien");
    EXPECT_EQ(mail.subject, draft.subject);
    EXPECT_NE(mail.text_body.find("choose which emails you get at https://mentoring.example.com/#/settings"),
              std::string::npos)
        << mail.text_body;
    EXPECT_NE(mail.html_body.find("</html>"), std::string::npos);
}

TEST(MailComposerTest, EscapeHtmlCoversTextAndAttributes) {
    EXPECT_EQ(EscapeHtml("<a href=\"x\">Tom & Jerry's</a>"),
              "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    EXPECT_EQ(EscapeHtml("Zoë"), "Zoë");
}

}  // namespace
}  // namespace upward::service
