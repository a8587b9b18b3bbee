#pragma once

#include <filesystem>
#include <string>

#include "http/types.hpp"

namespace upward::http {

/// Serves the built web UI from one folder; unknown paths without a file extension get index.html so the
/// single-page app can route them. Never serves anything outside the folder.
class StaticFiles {
public:
    explicit StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}
    bool Available() const { return std::filesystem::exists(root_ / "index.html"); }
    const std::filesystem::path& Root() const { return root_; }
    Response Serve(const std::string& path) const;

private:
    std::filesystem::path root_;
};

}  // namespace upward::http
