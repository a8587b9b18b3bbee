#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace upward::service {

/// Splits RFC 4180 text into records: comma separated, fields optionally in double quotes (which may hold
/// commas, line breaks and doubled quotes), LF or CRLF line ends, an optional UTF-8 byte order mark.
/// Blank lines are skipped but still counted, so row numbers match what a spreadsheet shows.
class CsvRecords {
public:
    explicit CsvRecords(std::string_view text);

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

    void ReadRecord();
    void ReadQuotedField();
    void ReadPlainField();
    // Consumes the delimiter after a field; true when it ended the record.
    bool EndOfField();

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t offset_ = 0;
    long row_ = 0;
    std::string_view problem_;
    std::string scratch_;
    std::vector<Span> spans_;
    std::vector<std::string_view> fields_;
};

}  // namespace upward::service
