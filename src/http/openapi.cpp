#include "http/api.hpp"

namespace upward::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& OpenApi();
}

namespace upward::http {

const std::string& OpenApiDocument() {
    static const std::string document(embedded::OpenApi().front().second);
    return document;
}

}  // namespace upward::http
