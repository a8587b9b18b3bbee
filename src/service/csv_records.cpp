#include "service/csv_records.hpp"

#include <cstring>

namespace upward::service {

namespace {
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
}

CsvRecords::CsvRecords(std::string_view text) : text_(text) {
    if (text_.substr(0, kByteOrderMark.size()) == kByteOrderMark) text_.remove_prefix(kByteOrderMark.size());
}

bool CsvRecords::Next() {
    while (pos_ < text_.size()) {
        ++row_;
        offset_ = pos_;
        const bool quoted_start = text_[pos_] == '"';
        ReadRecord();
        // A line of nothing but spaces is as blank as an empty one; a quoted "" is a real (empty) value.
        const bool blank = !quoted_start && fields_.size() == 1 &&
                           fields_[0].find_first_not_of(" \t") == std::string_view::npos;
        if (!blank) return true;
    }
    fields_.clear();
    return false;
}

void CsvRecords::ReadRecord() {
    problem_ = {};
    scratch_.clear();
    spans_.clear();
    for (;;) {
        if (pos_ < text_.size() && text_[pos_] == '"') {
            ReadQuotedField();
        } else {
            ReadPlainField();
        }
        if (EndOfField()) break;
    }
    // Spans become views only now: the scratch buffer may have moved while the record grew.
    fields_.clear();
    for (const Span& span : spans_) {
        fields_.emplace_back(span.in_scratch ? std::string_view(scratch_).substr(span.offset, span.size)
                                             : text_.substr(span.offset, span.size));
    }
}

void CsvRecords::ReadPlainField() {
    const char* begin = text_.data() + pos_;
    const char* end = text_.data() + text_.size();
    const char* at = begin;
    while (at < end && *at != ',' && *at != '\n' && *at != '\r') ++at;
    spans_.push_back({false, pos_, static_cast<std::size_t>(at - begin)});
    pos_ += static_cast<std::size_t>(at - begin);
}

void CsvRecords::ReadQuotedField() {
    ++pos_;  // the opening quote
    const std::size_t start = pos_;
    bool unescaped = false;  // set once a doubled quote forces a copy into scratch_
    std::size_t scratch_start = 0;
    for (;;) {
        const auto quote = text_.find('"', pos_);
        if (quote == std::string_view::npos) {
            problem_ = "a quoted field is never closed";
            if (unescaped) {
                scratch_.append(text_.substr(pos_));
            }
            pos_ = text_.size();
            break;
        }
        if (quote + 1 < text_.size() && text_[quote + 1] == '"') {
            if (!unescaped) {
                unescaped = true;
                scratch_start = scratch_.size();
                scratch_.append(text_.substr(start, quote - start));
            } else {
                scratch_.append(text_.substr(pos_, quote - pos_));
            }
            scratch_.push_back('"');
            pos_ = quote + 2;
            continue;
        }
        if (unescaped) scratch_.append(text_.substr(pos_, quote - pos_));
        pos_ = quote + 1;
        break;
    }
    if (unescaped) {
        spans_.push_back({true, scratch_start, scratch_.size() - scratch_start});
    } else {
        const std::size_t end = problem_.empty() ? pos_ - 1 : pos_;
        spans_.push_back({false, start, end - start});
    }
    // Anything between the closing quote and the next delimiter breaks the format; the row is reported,
    // and skipping to the delimiter keeps the following rows readable.
    if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n' && text_[pos_] != '\r') {
        problem_ = "text follows a closing quote";
        while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
    }
}

bool CsvRecords::EndOfField() {
    if (pos_ >= text_.size()) return true;
    const char c = text_[pos_++];
    if (c == ',') return false;
    if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    return true;
}

}  // namespace upward::service
