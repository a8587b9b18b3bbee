#include "service/directory/import_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/errors.hpp"
#include "service/directory/large_array.hpp"

namespace upward::service {

namespace {

[[noreturn]] void CannotRead(const std::string& path, const std::string& why) {
    throw InvalidInput("FILE", "cannot read " + path + ": " + why);
}

class OpenFile {
public:
    explicit OpenFile(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {
        if (fd_ < 0) CannotRead(path, std::strerror(errno));
    }
    ~OpenFile() { ::close(fd_); }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;
    int Fd() const { return fd_; }

private:
    int fd_;
};

}  // namespace

ImportFileText::ImportFileText(const std::string& path) {
    const OpenFile file(path);
    struct stat status {};
    if (::fstat(file.Fd(), &status) != 0) CannotRead(path, std::strerror(errno));
    if (!S_ISREG(status.st_mode)) CannotRead(path, "not a regular file");
    const auto expected = static_cast<std::size_t>(status.st_size);
    capacity_ = expected == 0 ? 1 : expected;
    data_ = static_cast<char*>(capacity_ >= kLargeBlock ? AllocateLarge(capacity_) : ::operator new(capacity_));
    // Read up to the size the file had when opened (a file that shrinks meanwhile, up to its end).
    while (size_ < expected) {
        const ssize_t got = ::read(file.Fd(), data_ + size_, expected - size_);
        if (got == 0) break;
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            const int error = errno;
            Release();
            CannotRead(path, std::strerror(error));
        }
        size_ += static_cast<std::size_t>(got);
    }
}

ImportFileText::~ImportFileText() { Release(); }

void ImportFileText::Release() {
    if (data_ == nullptr) return;
    if (capacity_ >= kLargeBlock) {
        FreeLarge(data_, capacity_);
    } else {
        ::operator delete(data_);
    }
    data_ = nullptr;
}

}  // namespace upward::service
