#include "storage/directory/people_repository.hpp"

#include <gtest/gtest.h>

#include <set>

#include "test_database.hpp"

namespace upward::storage {
namespace {

using testing::AllBackends;
using testing::BackendName;
using testing::TestDatabase;

domain::Person MakePerson(int number, const std::string& department = "Engineering") {
    domain::Person person;
    person.employee_id = "E" + std::to_string(1000 + number);  // fixed width: string order is number order
    person.name = "Person " + std::to_string(number);
    person.email = "person" + std::to_string(number) + "@example.com";
    person.grade = 1 + number % 9;
    person.title = "Engineer";
    person.department = department;
    person.time_zone = "Europe/London";
    return person;
}

class PeopleRepositoryTest : public ::testing::TestWithParam<Backend> {
protected:
    PeopleRepositoryTest() : database_(GetParam()) {}

    void Write(const std::vector<domain::Person>& people, const std::vector<std::string>& deactivate = {}) {
        std::vector<const domain::Person*> upserts;
        for (const auto& person : people) upserts.push_back(&person);
        auto session = database_.Get().Acquire();
        Transaction transaction(*session, GetParam());
        WritePeople(*session, GetParam(), upserts, deactivate, 1700000000);
        transaction.Commit();
    }

    TestDatabase database_;
};

TEST_P(PeopleRepositoryTest, PagesThroughEveryoneInEmployeeIdOrder) {
    std::vector<domain::Person> people;
    for (int i = 24; i >= 0; --i) people.push_back(MakePerson(i));  // written out of order on purpose
    Write(people);
    auto session = database_.Get().Acquire();
    PeopleQuery query;
    query.limit = 10;
    std::vector<std::string> seen;
    int pages = 0;
    do {
        const auto page = ListPeople(*session, query);
        ++pages;
        for (const auto& person : page.items) seen.push_back(person.employee_id);
        query.cursor = page.next_cursor;
        if (pages == 3) EXPECT_TRUE(page.next_cursor.empty());
    } while (!query.cursor.empty() && pages < 10);
    EXPECT_EQ(pages, 3);
    ASSERT_EQ(seen.size(), 25u);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), 25u);
}

TEST_P(PeopleRepositoryTest, ExactlyFullPageHasNoNextCursor) {
    std::vector<domain::Person> people;
    for (int i = 0; i < 10; ++i) people.push_back(MakePerson(i));
    Write(people);
    auto session = database_.Get().Acquire();
    PeopleQuery query;
    query.limit = 10;
    const auto page = ListPeople(*session, query);
    EXPECT_EQ(page.items.size(), 10u);
    EXPECT_TRUE(page.next_cursor.empty());
}

TEST_P(PeopleRepositoryTest, ClampsTheLimit) {
    std::vector<domain::Person> people;
    for (int i = 0; i < 520; ++i) people.push_back(MakePerson(i));
    Write(people);
    auto session = database_.Get().Acquire();
    PeopleQuery query;
    query.limit = 0;
    EXPECT_EQ(ListPeople(*session, query).items.size(), 1u);
    query.limit = 100000;
    const auto page = ListPeople(*session, query);
    EXPECT_EQ(page.items.size(), 500u);
    EXPECT_FALSE(page.next_cursor.empty());
}

TEST_P(PeopleRepositoryTest, SearchesTextFieldsCaseInsensitively) {
    auto ada = MakePerson(1);
    ada.name = "Ada Lovelace";
    auto grace = MakePerson(2, "Research");
    grace.email = "GHopper@Navy.example";
    auto alan = MakePerson(3);
    alan.title = "Principal Cryptanalyst";
    auto percent = MakePerson(4);
    percent.name = "100% Effort";
    Write({ada, grace, alan, percent, MakePerson(5)});
    auto session = database_.Get().Acquire();
    const auto ids = [&](const std::string& text) {
        PeopleQuery query;
        query.text = text;
        std::vector<std::string> found;
        for (const auto& person : ListPeople(*session, query).items) found.push_back(person.employee_id);
        return found;
    };
    EXPECT_EQ(ids("lovelace"), (std::vector<std::string>{"E1001"}));
    EXPECT_EQ(ids("ghopper@navy"), (std::vector<std::string>{"E1002"}));
    EXPECT_EQ(ids("RESEARCH"), (std::vector<std::string>{"E1002"}));
    EXPECT_EQ(ids("cryptanal"), (std::vector<std::string>{"E1003"}));
    EXPECT_EQ(ids("e1005"), (std::vector<std::string>{"E1005"}));
    // % is a character to find, not a wildcard.
    EXPECT_EQ(ids("0%"), (std::vector<std::string>{"E1004"}));
    EXPECT_TRUE(ids("nobody").empty());
}

TEST_P(PeopleRepositoryTest, FiltersByDepartmentAndActivity) {
    Write({MakePerson(1), MakePerson(2, "Sales"), MakePerson(3, "Sales")}, {});
    Write({}, {"E1002"});
    auto session = database_.Get().Acquire();
    PeopleQuery query;
    query.department = "Sales";
    EXPECT_EQ(ListPeople(*session, query).items.size(), 2u);
    query.active = true;
    const auto active = ListPeople(*session, query);
    ASSERT_EQ(active.items.size(), 1u);
    EXPECT_EQ(active.items[0].employee_id, "E1003");
    query.active = false;
    const auto inactive = ListPeople(*session, query);
    ASSERT_EQ(inactive.items.size(), 1u);
    EXPECT_EQ(inactive.items[0].employee_id, "E1002");
    EXPECT_FALSE(inactive.items[0].active);
}

TEST_P(PeopleRepositoryTest, FindsCountsAndLoadsWithEveryField) {
    auto person = MakePerson(7);
    person.location = "Tokyo";
    person.manager_id = "E1001";
    person.hire_date = "2019-04-01";
    person.leaving_date = "2024-02-29";
    person.left = true;
    Write({MakePerson(1), person});
    Write({}, {"E1001"});
    auto session = database_.Get().Acquire();
    const auto found = FindPerson(*session, "E1007");
    ASSERT_TRUE(found.has_value());
    EXPECT_TRUE(found->SameRecord(person));
    EXPECT_TRUE(found->active);
    EXPECT_FALSE(FindPerson(*session, "E9999").has_value());
    EXPECT_EQ(CountPeople(*session, false), 2);
    EXPECT_EQ(CountPeople(*session, true), 1);

    const auto all = LoadAllPeople(*session);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].employee_id, "E1001");
    EXPECT_FALSE(all[0].active);
    EXPECT_TRUE(all[0].location.empty());  // NULL reads back as empty
    EXPECT_TRUE(all[1].SameRecord(person));
}

TEST_P(PeopleRepositoryTest, UpsertUpdatesAndReactivates) {
    Write({MakePerson(1), MakePerson(2)});
    Write({}, {"E1001"});
    auto changed = MakePerson(1);
    changed.grade = 9;
    changed.title = "Director";
    Write({changed});
    auto session = database_.Get().Acquire();
    const auto found = FindPerson(*session, "E1001");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->grade, 9);
    EXPECT_EQ(found->title, "Director");
    EXPECT_TRUE(found->active);
    EXPECT_EQ(CountPeople(*session, false), 2);
}

TEST_P(PeopleRepositoryTest, BulkWriteIntoAnEmptyDirectoryKeepsTheIndexes) {
    std::vector<domain::Person> people;
    for (int i = 0; i < 12000; ++i) people.push_back(MakePerson(i, i % 2 == 0 ? "Sales" : "Legal"));
    Write(people);
    auto session = database_.Get().Acquire();
    EXPECT_EQ(CountPeople(*session, true), 12000);
    int indexes = 0;
    if (GetParam() == Backend::kSqlite) {
        *session << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                    "('people_manager', 'people_department_grade')",
            soci::into(indexes);
    } else {
        *session << "SELECT COUNT(*) FROM pg_indexes WHERE indexname IN ('people_manager', 'people_department_grade')",
            soci::into(indexes);
    }
    EXPECT_EQ(indexes, 2);
    PeopleQuery query;
    query.department = "Legal";
    query.limit = 500;
    EXPECT_EQ(ListPeople(*session, query).items.size(), 500u);
}

// The SQLite bulk path tunes its connection for the load (page cache) and rebuilds indexes: the pooled
// connection must come back as it was, and the file must be consistent, index entries and all.
TEST_P(PeopleRepositoryTest, BulkWriteRestoresTheConnectionAndLeavesAConsistentFile) {
    if (GetParam() != Backend::kSqlite) GTEST_SKIP() << "SQLite's page cache and integrity check";
    std::vector<domain::Person> people;
    for (int i = 0; i < 15000; ++i) {
        auto person = MakePerson(i, i % 3 == 0 ? "Sales" : "Legal");
        if (i > 0) person.manager_id = "E" + std::to_string(1000 + i / 7);
        people.push_back(person);
    }
    std::vector<const domain::Person*> upserts;
    for (const auto& person : people) upserts.push_back(&person);
    auto session = database_.Get().Acquire();
    *session << "PRAGMA cache_size = -1234";
    {
        Transaction transaction(*session, GetParam());
        WritePeople(*session, GetParam(), upserts, {}, 1700000000);
        transaction.Commit();
    }
    long long cache_size = 0;
    *session << "PRAGMA cache_size", soci::into(cache_size);
    EXPECT_EQ(cache_size, -1234);
    std::string integrity;
    *session << "PRAGMA integrity_check", soci::into(integrity);
    EXPECT_EQ(integrity, "ok");
    int reports = 0;
    *session << "SELECT COUNT(*) FROM people INDEXED BY people_manager WHERE manager_id = 'E1007'", soci::into(reports);
    EXPECT_EQ(reports, 7);
    // An upsert into the now full directory takes the other path and restores the cache just the same.
    auto changed = people[5];
    changed.grade = 9;
    const std::vector<const domain::Person*> one = {&changed};
    {
        Transaction transaction(*session, GetParam());
        WritePeople(*session, GetParam(), one, {}, 1700000001);
        transaction.Commit();
    }
    *session << "PRAGMA cache_size", soci::into(cache_size);
    EXPECT_EQ(cache_size, -1234);
    EXPECT_EQ(FindPerson(*session, changed.employee_id)->grade, 9);
}

INSTANTIATE_TEST_SUITE_P(Backends, PeopleRepositoryTest, ::testing::ValuesIn(AllBackends()),
                         [](const auto& info) { return BackendName(info.param); });

}  // namespace
}  // namespace upward::storage
