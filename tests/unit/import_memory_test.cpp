#include <gtest/gtest.h>

#include <fstream>
#include <numeric>
#include <string_view>

#include "core/errors.hpp"
#include "service/directory/id_index.hpp"
#include "service/directory/import_file.hpp"
#include "service/directory/large_array.hpp"
#include "test_database.hpp"

namespace upward::service {
namespace {

TEST(LargeArrayTest, HoldsSmallAndLargeArraysAcrossGrowth) {
    LargeArray<int> values;
    // From the heap to mapped blocks (4 MiB and up) and on through several reallocations.
    for (int i = 0; i < 3'000'000; ++i) values.push_back(i);
    EXPECT_GE(values.capacity() * sizeof(int), kLargeBlock);
    EXPECT_EQ(std::accumulate(values.begin(), values.end(), 0LL), 3'000'000LL * 2'999'999 / 2);
    LargeArray<int> copy = values;
    values.clear();
    values.shrink_to_fit();
    EXPECT_EQ(copy[2'999'999], 2'999'999);
    LargeArray<std::string_view> assigned(2'000'000, "x");
    EXPECT_EQ(assigned.back(), "x");
}

struct KeyOf {
    const std::vector<std::string>* keys;
    std::string_view operator()(int at) const { return (*keys)[static_cast<std::size_t>(at)]; }
};

TEST(IdIndexTest, VisitHashedFindsAndInsertsLikeSingleCalls) {
    std::vector<std::string> keys;
    for (int i = 0; i < 20000; ++i) keys.push_back("E" + std::to_string(i * 7919 % 20000));
    keys.push_back("E5");  // a repeat
    // Started far too small, so inserts during the visit grow the table under it.
    IdIndex<KeyOf> index(KeyOf{&keys}, 1);
    std::vector<std::pair<int, bool>> inserted;
    index.VisitHashed(
        keys.size(), [&](std::size_t i) { return std::string_view(keys[i]); },
        [&](std::size_t i, auto hash) { inserted.push_back(index.Insert(keys[i], hash, static_cast<int>(i))); });
    ASSERT_EQ(inserted.size(), keys.size());
    EXPECT_TRUE(inserted[0].second);
    EXPECT_FALSE(inserted.back().second);
    EXPECT_EQ(keys[static_cast<std::size_t>(inserted.back().first)], "E5");

    std::vector<std::string> wanted = {"E0", "E19999", "E5", "nobody", ""};
    std::vector<int> found;
    index.VisitHashed(
        wanted.size(), [&](std::size_t i) { return std::string_view(wanted[i]); },
        [&](std::size_t i, auto hash) { found.push_back(index.Find(wanted[i], hash)); });
    for (std::size_t i = 0; i < wanted.size(); ++i) EXPECT_EQ(found[i], index.Find(wanted[i])) << wanted[i];
    EXPECT_EQ(found[3], index.kMissing);
    EXPECT_EQ(keys[static_cast<std::size_t>(found[0])], "E0");
}

TEST(ImportFileTextTest, ReadsSmallLargeAndEmptyFilesWhole) {
    const testing::TempDir dir;
    std::string large;
    while (large.size() < 6 * kLargeBlock / 4) large += "E" + std::to_string(large.size()) + ",Ada Obi,3\n";
    for (const std::string& content : {std::string("id,grade\nE1,3\n"), large, std::string()}) {
        const auto path = dir.File("export.csv");
        std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
        const ImportFileText text(path);
        EXPECT_EQ(text.Text().size(), content.size());
        EXPECT_TRUE(text.Text() == content);
    }
}

TEST(ImportFileTextTest, AMissingFileOrAFolderNamesTheFile) {
    const testing::TempDir dir;
    for (const auto& path : {dir.File("missing.csv"), dir.Path()}) {
        try {
            const ImportFileText text(path);
            FAIL() << path;
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.Field(), "FILE");
            EXPECT_NE(std::string(error.what()).find(path), std::string::npos) << error.what();
        }
    }
}

}  // namespace
}  // namespace upward::service
