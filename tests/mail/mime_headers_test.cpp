// Header encoding for non-ASCII names and subjects (RFC 2047), mailboxes, dates and line ends.
#include "mail/mime_headers.hpp"

#include <gtest/gtest.h>

namespace upward::mail {
namespace {

TEST(MimeHeadersTest, AsciiTextStaysReadable) {
    EXPECT_EQ(EncodeHeaderText("Your pair is active"), "Your pair is active");
    EXPECT_EQ(FormatMailbox("Ada Lovelace", "ada@example.com"), "\"Ada Lovelace\" <ada@example.com>");
    EXPECT_EQ(FormatMailbox("", "ada@example.com"), "ada@example.com");
    EXPECT_EQ(FormatMailbox("O\"Brien, \\ Co", "o@example.com"), "\"O\\\"Brien, \\\\ Co\" <o@example.com>");
}

TEST(MimeHeadersTest, LineBreaksCannotStartAnotherHeader) {
    EXPECT_EQ(EncodeHeaderText("Hi\r\nBcc: victim@example.com"), "Hi  Bcc: victim@example.com");
    EXPECT_EQ(FormatMailbox("Eve\nBcc: x@example.com", "eve@example.com"),
              "\"Eve Bcc: x@example.com\" <eve@example.com>");
}

TEST(MimeHeadersTest, NonAsciiBecomesEncodedWordsSplitBetweenCharacters) {
    EXPECT_EQ(EncodeHeaderText("Zoë"), "=?UTF-8?B?Wm/Dqw==?=");
    const std::string long_subject = "Einladung für Zoë Ångström: Reverse Mentoring über künstliche Intelligenz 🚀🚀🚀";
    const auto encoded = EncodeHeaderText(long_subject);
    std::size_t start = 0;
    int words = 0;
    while (start < encoded.size()) {
        auto end = encoded.find("\r\n ", start);
        if (end == std::string::npos) end = encoded.size();
        const auto word = encoded.substr(start, end - start);
        EXPECT_LE(word.size(), 75u) << word;
        EXPECT_EQ(word.rfind("=?UTF-8?B?", 0), 0u) << word;
        EXPECT_EQ(word.substr(word.size() - 2), "?=") << word;
        ++words;
        start = end + 3;
    }
    EXPECT_GT(words, 1);
}

TEST(MimeHeadersTest, DatesAreRfc5322InUtc) {
    EXPECT_EQ(FormatRfc5322Date(1748736000), "Sun, 01 Jun 2025 00:00:00 +0000");
    EXPECT_EQ(FormatRfc5322Date(0), "Thu, 01 Jan 1970 00:00:00 +0000");
}

TEST(MimeHeadersTest, BodiesGetCrlfLineEnds) {
    EXPECT_EQ(ToCrlf("a\nb\r\nc\rd"), "a\r\nb\r\nc\r\nd");
    EXPECT_EQ(ToCrlf(""), "");
}

}  // namespace
}  // namespace upward::mail
