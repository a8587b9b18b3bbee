// A GET never writes: an admin's read of a programme's surveys used to set the standard surveys up as a side
// effect, so a link followed, a prefetch or a crawler changed the programme.
#include <gtest/gtest.h>

#include "test_server.hpp"

namespace upward::testing {
namespace {

class ReadsNeverWriteTest : public ::testing::TestWithParam<storage::Backend> {};

TEST_P(ReadsNeverWriteTest, ReadingSurveysCreatesNone) {
    TestServer server(GetParam());
    const auto admin = server.TokenFor("admin@example.com", "admin");
    const auto programme = server.Api("POST", "/api/v1/programmes", admin, {{"name", "Quiet"}});
    ASSERT_EQ(programme.status, 201) << programme.body;
    const auto surveys = "/api/v1/programmes/" + std::to_string(programme.Json()["id"].get<long long>()) + "/surveys";
    for (int i = 0; i < 2; ++i) {
        const auto read = server.Api("GET", surveys, admin);
        ASSERT_EQ(read.status, 200);
        EXPECT_TRUE(read.Json()["items"].empty()) << read.body;
    }
    EXPECT_EQ(server.Api("POST", surveys + "/defaults", admin).Json()["items"].size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReadsNeverWriteTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::testing
