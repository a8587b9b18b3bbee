// The served OpenAPI document describes exactly the routes the server has.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "test_server.hpp"

namespace upward::testing {
namespace {

TEST(OpenApiTest, DocumentListsExactlyTheRouterRoutes) {
    TestServer server(storage::Backend::kSqlite);
    const auto served = server.Request("GET", "/api/openapi.json");
    ASSERT_EQ(served.status, 200);
    const auto document = served.Json();
    EXPECT_EQ(document["openapi"], "3.1.0");

    std::set<std::pair<std::string, std::string>> documented;
    for (const auto& [path, operations] : document["paths"].items()) {
        for (const auto& [method, operation] : operations.items()) {
            std::string upper = method;
            std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
            documented.insert({upper, path});
            EXPECT_TRUE(operation.contains("description")) << method << " " << path << " must say who may call it";
        }
    }
    std::set<std::pair<std::string, std::string>> routed;
    for (const auto& route : server.Router().Routes()) {
        routed.insert({std::string(boost::beast::http::to_string(route.method)), route.pattern});
    }
    EXPECT_EQ(documented, routed);
}

}  // namespace
}  // namespace upward::testing
