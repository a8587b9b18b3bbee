#include "mail/mime_headers.hpp"

#include <array>
#include <ctime>
#include <vector>

namespace upward::mail {

namespace {

// Base64 payload per encoded-word: "=?UTF-8?B?" + payload + "?=" stays within RFC 2047's 75 characters.
// 39 bytes encode to 52 characters: even the first word, after "Subject: ", keeps its line within 76.
constexpr std::size_t kMaxRawBytesPerWord = 39;

std::string Base64(std::string_view bytes) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned value = (static_cast<unsigned char>(bytes[i]) << 16) |
                               (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                               static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(value >> 18) & 63];
        out += kAlphabet[(value >> 12) & 63];
        out += kAlphabet[(value >> 6) & 63];
        out += kAlphabet[value & 63];
    }
    if (i < bytes.size()) {
        unsigned value = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) value |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += kAlphabet[(value >> 18) & 63];
        out += kAlphabet[(value >> 12) & 63];
        out += i + 1 < bytes.size() ? kAlphabet[(value >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

bool IsPlainAscii(std::string_view text) {
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x7f) return false;
    }
    return true;
}

std::string WithoutLineBreaks(std::string_view text) {
    std::string out(text);
    for (auto& c : out) {
        if (c == '\r' || c == '\n' || c == '\t') c = ' ';
    }
    return out;
}

// Splits UTF-8 text into chunks of at most kMaxRawBytesPerWord bytes, never inside a character.
std::vector<std::string_view> Utf8Chunks(std::string_view text) {
    std::vector<std::string_view> chunks;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + kMaxRawBytesPerWord);
        // Back off from continuation bytes (10xxxxxx) so the chunk ends before a character starts.
        while (end < text.size() && end > start + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        chunks.push_back(text.substr(start, end - start));
        start = end;
    }
    return chunks;
}

}  // namespace

std::string EncodeHeaderText(std::string_view text) {
    auto clean = WithoutLineBreaks(text);
    if (IsPlainAscii(clean)) return clean;
    std::string out;
    for (const auto chunk : Utf8Chunks(clean)) {
        // Folding whitespace between encoded-words is dropped by decoders, so the words join seamlessly.
        if (!out.empty()) out += "\r\n ";
        out += "=?UTF-8?B?" + Base64(chunk) + "?=";
    }
    return out;
}

std::string FormatMailbox(std::string_view name, std::string_view address) {
    const auto clean = WithoutLineBreaks(name);
    if (clean.empty()) return std::string(address);
    std::string display;
    if (IsPlainAscii(clean)) {
        display = "\"";
        for (const char c : clean) {
            if (c == '"' || c == '\\') display += '\\';
            display += c;
        }
        display += "\"";
    } else {
        display = EncodeHeaderText(clean);
    }
    return display + " <" + std::string(address) + ">";
}

std::string FormatRfc5322Date(long long seconds) {
    const std::time_t time = static_cast<std::time_t>(seconds);
    std::tm utc{};
    gmtime_r(&time, &utc);
    // Names are fixed English words in RFC 5322, whatever the machine's locale.
    static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[utc.tm_wday], utc.tm_mday,
                  kMonths[utc.tm_mon], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return buffer;
}

std::string ToCrlf(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += "\r\n";
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else if (text[i] == '\n') {
            out += "\r\n";
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace upward::mail
