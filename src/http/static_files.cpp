#include "http/static_files.hpp"

#include <fstream>
#include <map>
#include <sstream>

#include "http/error_mapping.hpp"

namespace upward::http {

namespace {

std::string ContentType(const std::filesystem::path& file) {
    static const std::map<std::string, std::string> kTypes = {{".html", "text/html; charset=utf-8"},
                                                              {".js", "text/javascript; charset=utf-8"},
                                                              {".css", "text/css; charset=utf-8"},
                                                              {".svg", "image/svg+xml"},
                                                              {".png", "image/png"},
                                                              {".ico", "image/x-icon"},
                                                              {".json", "application/json"},
                                                              {".woff2", "font/woff2"},
                                                              {".txt", "text/plain; charset=utf-8"},
                                                              {".map", "application/json"}};
    auto it = kTypes.find(file.extension().string());
    return it == kTypes.end() ? "application/octet-stream" : it->second;
}

std::optional<std::string> ReadFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

}  // namespace

Response StaticFiles::Serve(const std::string& path) const {
    const auto relative = std::filesystem::path(path).lexically_normal().relative_path();
    const bool escapes = !relative.empty() && *relative.begin() == "..";
    auto file = root_ / relative;
    std::error_code error;
    if (escapes) return Problem(beast_http::status::not_found, "Not found", "no such file");
    if (relative.empty() || std::filesystem::is_directory(file, error)) file = root_ / "index.html";
    if (!std::filesystem::is_regular_file(file, error)) {
        if (relative.has_extension()) return Problem(beast_http::status::not_found, "Not found", "no such file");
        file = root_ / "index.html";
    }
    const auto content = ReadFile(file);
    if (!content) {
        return Problem(beast_http::status::not_found, "Not found",
                       "the web UI is not built; run `make build` to build it");
    }
    auto response = TextResponse(beast_http::status::ok, *content, ContentType(file));
    // Vite names assets by content hash, so they never change; index.html must always be fresh.
    const bool hashed_asset = relative.string().rfind("assets/", 0) == 0;
    response.set(beast_http::field::cache_control, hashed_asset ? "public, max-age=31536000, immutable" : "no-cache");
    response.set("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
                 "base-uri 'none'; form-action 'self'; object-src 'none'");
    return response;
}

}  // namespace upward::http
