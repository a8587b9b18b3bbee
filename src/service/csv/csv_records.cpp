#include "service/csv/csv_records.hpp"

#include <csv.h>

#include <algorithm>
#include <cassert>
#include <cstring>
#include <new>

namespace upward::service {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Strict, so that text after a closing quote is reported rather than glued onto the value; every line
// break ends a row, blank ones included, so that blank lines count towards row numbers; and an unclosed
// quote at the end of the text is reported by csv_fini.
constexpr unsigned char kOptions = CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI;

// libcsv's value buffer grows by this much at a time; its default (128 bytes) reallocates often for long
// quoted values.
constexpr std::size_t kParserBlock = 4096;

// libcsv trims spaces and tabs around unquoted values by default. Here values keep them as written: a value
// is then exactly its bytes in the file, which is what lets fields be views into the text, and the callers
// trim what they compare.
int NoSpaces(unsigned char /*c*/) { return 0; }

bool IsLineBreak(char c) { return c == '\n' || c == '\r'; }

}  // namespace

void CsvRecords::ParserDeleter::operator()(csv_parser* parser) const {
    csv_free(parser);
    delete parser;
}

CsvRecords::CsvRecords(std::string_view text, Reading reading)
    : text_(text), split_plain_lines_(reading == Reading::kSplitPlainLines), parser_(new csv_parser()) {
    if (text_.substr(0, kByteOrderMark.size()) == kByteOrderMark) text_.remove_prefix(kByteOrderMark.size());
    if (csv_init(parser_.get(), kOptions) != 0) throw std::bad_alloc();
    csv_set_space_func(parser_.get(), NoSpaces);
    csv_set_blk_size(parser_.get(), kParserBlock);
}

bool CsvRecords::Next() {
    while (pos_ < text_.size()) {
        ++row_;
        offset_ = pos_;
        const bool quoted_start = text_[pos_] == '"';
        if (!ReadPlainLine()) ReadRecord();
        // A line of nothing but spaces is as blank as an empty one; a quoted "" is a real (empty) value.
        const bool blank = fields_.empty() || (!quoted_start && fields_.size() == 1 &&
                                               fields_[0].find_first_not_of(" \t") == std::string_view::npos);
        if (!blank) return true;
    }
    fields_.clear();
    return false;
}

// Without a quote, a record cannot span lines and has nothing to unescape: its fields are the bytes between
// its commas, exactly as libcsv (strict, spaces kept) would hand them over, and an empty line has no fields
// at all, as libcsv reports it. Most lines of an HRIS export are like that.
bool CsvRecords::ReadPlainLine() {
    if (!split_plain_lines_) return false;
    const char* const begin = text_.data() + pos_;
    const std::size_t rest = text_.size() - pos_;
    const auto* newline = static_cast<const char*>(std::memchr(begin, '\n', rest));
    std::size_t length = newline == nullptr ? rest : static_cast<std::size_t>(newline - begin);
    if (const auto* carriage_return = static_cast<const char*>(std::memchr(begin, '\r', length))) {
        length = static_cast<std::size_t>(carriage_return - begin);
    }
    if (std::memchr(begin, '"', length) != nullptr) return false;

    problem_ = {};
    fields_.clear();
    if (length > 0) {
        const char* field = begin;
        const char* const end = begin + length;
        while (const auto* comma =
                   static_cast<const char*>(std::memchr(field, ',', static_cast<std::size_t>(end - field)))) {
            fields_.emplace_back(field, static_cast<std::size_t>(comma - field));
            field = comma + 1;
        }
        fields_.emplace_back(field, static_cast<std::size_t>(end - field));
    }
    pos_ += length;
    if (pos_ < text_.size()) {
        // CRLF is one line end.
        const bool crlf = text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n';
        pos_ += crlf ? 2 : 1;
    }
    return true;
}

void CsvRecords::ReadRecord() {
    problem_ = {};
    scratch_.clear();
    spans_.clear();
    field_start_ = pos_;
    record_ended_ = false;
    const char* const text = text_.data();
    while (!record_ended_) {
        if (pos_ == text_.size()) {
            Finish();
            break;
        }
        // libcsv is handed one line at a time: a record can only end at a line break, so at most one ends per
        // piece, and when one does, the next starts right after the piece. That is how records get offsets
        // and how Next stops after one record.
        const void* newline = std::memchr(text + pos_, '\n', text_.size() - pos_);
        std::size_t end =
            newline == nullptr ? text_.size() : static_cast<std::size_t>(static_cast<const char*>(newline) - text) + 1;
        if (const void* carriage_return = std::memchr(text + pos_, '\r', end - pos_)) {
            end = static_cast<std::size_t>(static_cast<const char*>(carriage_return) - text) + 1;
        }
        Feed(pos_, end);
        pos_ = end;
    }
    // CRLF is one line end: libcsv would report its LF as a blank row of its own.
    if (record_end_ == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    // Spans become views only now: the scratch buffer may have moved while the record grew.
    fields_.clear();
    for (const Span& span : spans_) {
        fields_.emplace_back(span.in_scratch ? std::string_view(scratch_).substr(span.offset, span.size)
                                             : text_.substr(span.offset, span.size));
    }
}

void CsvRecords::Feed(std::size_t from, std::size_t to) {
    while (from < to) {
        from += csv_parse(parser_.get(), text_.data() + from, to - from, OnField, OnRow, this);
        if (from == to) return;
        // libcsv stops early only when a value outgrows memory or, in strict mode, at the byte that breaks
        // the format.
        if (csv_error(parser_.get()) != CSV_EPARSE) throw std::bad_alloc();
        if (text_[from] == '"') {
            // A quote inside an unquoted value (6'2" or Nick "Ace" Obi) is kept as written, as spreadsheets
            // do: only this byte is read leniently.
            csv_set_opts(parser_.get(), kOptions & ~CSV_STRICT);
            const std::size_t read = csv_parse(parser_.get(), text_.data() + from, 1, OnField, OnRow, this);
            csv_set_opts(parser_.get(), kOptions);
            if (read == 0) throw std::bad_alloc();
            from += read;
        } else {
            // Text after a closing quote: the row is reported, and skipping to the next delimiter keeps the
            // following rows readable.
            problem_ = "text follows a closing quote";
            while (from < to && text_[from] != ',' && !IsLineBreak(text_[from])) ++from;
        }
    }
}

void CsvRecords::Finish() {
    if (csv_fini(parser_.get(), OnField, OnRow, this) != 0) {
        problem_ = "a quoted field is never closed";
        // Reporting that, csv_fini leaves the parser as it was; without the check it hands over what was read
        // and resets, ready for a Seek.
        csv_set_opts(parser_.get(), kOptions & ~CSV_STRICT_FINI);
        csv_fini(parser_.get(), OnField, OnRow, this);
        csv_set_opts(parser_.get(), kOptions);
    }
    record_ended_ = true;
    record_end_ = -1;
}

void CsvRecords::OnField(void* data, std::size_t size, void* self) {
    static_cast<CsvRecords*>(self)->AddField(static_cast<const char*>(data), size);
}

void CsvRecords::OnRow(int end, void* self) {
    auto& records = *static_cast<CsvRecords*>(self);
    records.record_ended_ = true;
    records.record_end_ = end;
}

// libcsv hands over a copy of each value. Where the value stands in the text as it is (all but quoted values
// with doubled quotes) the field is a view into the text instead, so callers may keep it as long as the
// text, and a million-row import copies almost nothing. Values keep their spaces and a record without a
// problem has no skipped bytes, so each value's place follows from the previous one's.
void CsvRecords::AddField(const char* data, std::size_t size) {
    if (problem_.empty()) {
        const std::size_t start = field_start_;
        const std::size_t room = start < text_.size() ? text_.size() - start : 0;
        const bool quoted = room > 0 && text_[start] == '"';
        if (!quoted && size <= room) {
            assert(std::memcmp(text_.data() + start, data, size) == 0);
            spans_.push_back({false, start, size});
            field_start_ = start + size + 1;  // past the delimiter
            return;
        }
        if (quoted) {
            const auto quotes = static_cast<std::size_t>(std::count(data, data + size, '"'));
            if (quotes == 0 && size + 2 <= room) {
                assert(std::memcmp(text_.data() + start + 1, data, size) == 0);
                spans_.push_back({false, start + 1, size});
                field_start_ = start + size + 3;  // past the closing quote and the delimiter
                return;
            }
            field_start_ = start + size + quotes + 3;  // each kept quote was doubled
        }
    }
    spans_.push_back({true, scratch_.size(), size});
    scratch_.append(data, size);
}

}  // namespace upward::service
