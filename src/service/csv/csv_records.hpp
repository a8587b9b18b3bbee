#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct csv_parser;

namespace upward::service {

/// Splits RFC 4180 text into records: comma separated, fields optionally in double quotes (which may hold
/// commas, line breaks and doubled quotes), LF or CRLF line ends, an optional UTF-8 byte order mark.
/// Blank lines are skipped but still counted, so row numbers match what a spreadsheet shows.
/// Records with quotes are parsed by libcsv; a line without any quote is split at its commas here, which
/// gives the same fields (libcsv would too) several times faster. This class adds row numbers, offsets to
/// come back to, and views.
class CsvRecords {
public:
    /// kLibcsvOnly hands every record to libcsv: tests compare the two readings.
    enum class Reading { kSplitPlainLines, kLibcsvOnly };

    explicit CsvRecords(std::string_view text, Reading reading = Reading::kSplitPlainLines);

    /// Reads the next non-blank record; false at the end of the text.
    bool Next();
    /// The record's fields: views into the text, or into this reader when a field had doubled quotes.
    /// Valid until the next call to Next.
    const std::vector<std::string_view>& Fields() const { return fields_; }
    /// The record's row number, counting from 1.
    long Row() const { return row_; }
    /// The text being read (without a byte order mark).
    std::string_view Text() const { return text_; }
    /// Where the record starts, for Seek.
    std::size_t Offset() const { return offset_; }
    /// Continues at a record that an earlier pass saw at `offset` with row number `row`.
    void Seek(std::size_t offset, long row) {
        pos_ = offset;
        row_ = row - 1;
    }
    /// Why the record is malformed (a quote never closed, text after a closing quote), or empty.
    std::string_view Problem() const { return problem_; }

private:
    struct Span {
        bool in_scratch;
        std::size_t offset;
        std::size_t size;
    };
    struct ParserDeleter {
        void operator()(csv_parser* parser) const;
    };

    // libcsv's callbacks; `self` is the reader.
    static void OnField(void* data, std::size_t size, void* self);
    static void OnRow(int end, void* self);

    bool ReadPlainLine();
    void ReadRecord();
    void Feed(std::size_t from, std::size_t to);
    void Finish();
    void AddField(const char* data, std::size_t size);

    std::string_view text_;
    bool split_plain_lines_;
    std::unique_ptr<csv_parser, ParserDeleter> parser_;
    std::size_t pos_ = 0;
    std::size_t offset_ = 0;
    long row_ = 0;
    std::string_view problem_;
    // Where the value libcsv is reading starts in the text, while the record has no problem.
    std::size_t field_start_ = 0;
    bool record_ended_ = false;
    int record_end_ = 0;  // the byte that ended the record, or -1 at the end of the text
    std::string scratch_;
    std::vector<Span> spans_;
    std::vector<std::string_view> fields_;
};

}  // namespace upward::service
