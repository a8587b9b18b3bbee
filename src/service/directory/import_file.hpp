#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace upward::service {

/// The whole text of an import file (an HRIS export), read in one go for ImportPeople.
///
/// Its memory comes from AllocateLarge (large_array.hpp): read into an ordinary string, a 130 MB export
/// first pays some 30 000 page faults, which on a virtual machine cost more than parsing it. The file is
/// read rather than mapped, so a file that changes or shrinks meanwhile cannot crash the reader.
class ImportFileText {
public:
    /// Throws InvalidInput naming `FILE` when the file cannot be opened or read.
    explicit ImportFileText(const std::string& path);
    ~ImportFileText();
    ImportFileText(const ImportFileText&) = delete;
    ImportFileText& operator=(const ImportFileText&) = delete;

    std::string_view Text() const { return {data_, size_}; }

private:
    void Release();

    char* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

}  // namespace upward::service
