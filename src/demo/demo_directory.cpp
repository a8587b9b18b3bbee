#include "demo/demo_directory.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

namespace upward::demo {

namespace {

// A small generator of our own: std::uniform_int_distribution differs between standard libraries,
// and the same seed must give the same file everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ULL + 0x1234567ULL) {}
    std::uint64_t Next() {
        state_ += 0x9E3779B97F4A7C15ULL;
        std::uint64_t z = state_;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t Below(std::size_t bound) { return static_cast<std::size_t>(Next() % bound); }
    bool Chance(double probability) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < probability; }

private:
    std::uint64_t state_;
};

struct Name {
    std::string_view display;
    std::string_view slug;  // for the email address
};

constexpr std::array kFirstNames = {
    Name{"Amara", "amara"},     Name{"Ben", "ben"},       Name{"Chloé", "chloe"},   Name{"Daniel", "daniel"},
    Name{"Elif", "elif"},       Name{"Fatima", "fatima"}, Name{"George", "george"}, Name{"Hannah", "hannah"},
    Name{"Ibrahim", "ibrahim"}, Name{"Jia", "jia"},       Name{"Kwame", "kwame"},   Name{"Laura", "laura"},
    Name{"Mateo", "mateo"},     Name{"Nadia", "nadia"},   Name{"Oliver", "oliver"}, Name{"Priya", "priya"},
    Name{"Quinn", "quinn"},     Name{"Rahul", "rahul"},   Name{"Sofia", "sofia"},   Name{"Tomás", "tomas"},
    Name{"Uma", "uma"},         Name{"Victor", "victor"}, Name{"Wei", "wei"},       Name{"Ximena", "ximena"},
    Name{"Yusuf", "yusuf"},     Name{"Zoe", "zoe"},       Name{"Aiko", "aiko"},     Name{"Lucas", "lucas"},
    Name{"Mei", "mei"},         Name{"Noah", "noah"},     Name{"Olga", "olga"},     Name{"Sipho", "sipho"},
};

constexpr std::array kLastNames = {
    Name{"Okafor", "okafor"},  Name{"Smith", "smith"},       Name{"Müller", "mueller"},
    Name{"Sharma", "sharma"},  Name{"Tan", "tan"},           Name{"Nguyen", "nguyen"},
    Name{"Silva", "silva"},    Name{"Tremblay", "tremblay"}, Name{"Sato", "sato"},
    Name{"Dubois", "dubois"},  Name{"Dlamini", "dlamini"},   Name{"Haddad", "haddad"},
    Name{"O'Brien", "obrien"}, Name{"Kowalski", "kowalski"}, Name{"García", "garcia"},
    Name{"Chen", "chen"},      Name{"Patel", "patel"},       Name{"Johnson", "johnson"},
    Name{"Rossi", "rossi"},    Name{"Kim", "kim"},           Name{"Andersson", "andersson"},
    Name{"Mensah", "mensah"},  Name{"Ivanova", "ivanova"},   Name{"Walker", "walker"},
    Name{"Yilmaz", "yilmaz"},  Name{"Lopez", "lopez"},       Name{"Fischer", "fischer"},
    Name{"Brown", "brown"},
};

struct Location {
    std::string_view city;
    std::string_view time_zone;
};

constexpr std::array kLocations = {
    Location{"London", "Europe/London"},
    Location{"New York", "America/New_York"},
    Location{"Berlin", "Europe/Berlin"},
    Location{"Bangalore", "Asia/Kolkata"},
    Location{"Singapore", "Asia/Singapore"},
    Location{"Sydney", "Australia/Sydney"},
    Location{"São Paulo", "America/Sao_Paulo"},
    Location{"Toronto", "America/Toronto"},
    Location{"Tokyo", "Asia/Tokyo"},
    Location{"Paris", "Europe/Paris"},
    Location{"Johannesburg", "Africa/Johannesburg"},
    Location{"Dubai", "Asia/Dubai"},
};

struct Department {
    std::string_view name;
    std::string_view head_title;  // grade 9
    std::string_view role;        // the individual contributor's job
};

constexpr std::array kDepartments = {
    Department{"Engineering", "Chief Technology Officer", "Software Engineer"},
    Department{"Product", "Chief Product Officer", "Product Manager"},
    Department{"Design", "VP, Design", "Product Designer"},
    Department{"Data", "Chief Data Officer", "Data Analyst"},
    Department{"Sales", "Chief Revenue Officer", "Account Executive"},
    Department{"Marketing", "Chief Marketing Officer", "Marketing Specialist"},
    Department{"Customer Success", "VP, Customer Success", "Customer Success Specialist"},
    Department{"Finance", "Chief Financial Officer", "Financial Analyst"},
    Department{"People", "Chief People Officer", "People Partner"},
    Department{"Legal", "General Counsel", "Legal Counsel"},
    Department{"Operations", "Chief Operating Officer", "Operations Analyst"},
    Department{"IT", "Chief Information Officer", "Systems Administrator"},
};

constexpr int kTopGrade = 10;
// Share of everyone below the CEO at grades 9 (set apart) down to 1: few at the top, most at 3 to 5.
constexpr std::array<double, 9> kGradeShare = {0.0, 0.008, 0.025, 0.06, 0.13, 0.20, 0.24, 0.20, 0.135};
constexpr double kLeaverShare = 0.08;
constexpr int kDepartmentIndexOfCeo = -1;

struct Member {
    int grade;
    int department;  // -1 for the CEO's office
    int location;
    std::size_t manager;  // index into the members, the CEO's is itself
    int hire_day;         // days since 1970-01-01
    int leaving_day;      // 0 when still employed
    int first_name;
    int last_name;
};

std::string_view TitlePrefix(int grade) {
    switch (grade) {
        case 8:
            return "Director, ";
        case 7:
            return "Senior Manager, ";
        case 6:
            return "Manager, ";
        case 5:
            return "Lead ";
        case 4:
            return "Senior ";
        case 2:
            return "Associate ";
        case 1:
            return "Junior ";
        default:
            return "";
    }
}

void AppendTitle(std::string& out, const Member& member) {
    if (member.grade == kTopGrade) {
        out += "Chief Executive Officer";
        return;
    }
    const Department& department = kDepartments[static_cast<std::size_t>(member.department)];
    if (member.grade == 9) {
        // Commas in titles are common in real exports, so quoting gets exercised too.
        const bool quote = department.head_title.find(',') != std::string_view::npos;
        if (quote) out += '"';
        out += department.head_title;
        if (quote) out += '"';
        return;
    }
    if (member.grade >= 6) {
        out += '"';
        out += TitlePrefix(member.grade);
        out += department.name;
        out += '"';
        return;
    }
    out += TitlePrefix(member.grade);
    out += department.role;
}

void AppendDate(std::string& out, int day) {
    const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{day}}};
    const int year = static_cast<int>(date.year());
    const unsigned month = static_cast<unsigned>(date.month());
    const unsigned dom = static_cast<unsigned>(date.day());
    char text[10] = {static_cast<char>('0' + year / 1000),
                     static_cast<char>('0' + year / 100 % 10),
                     static_cast<char>('0' + year / 10 % 10),
                     static_cast<char>('0' + year % 10),
                     '-',
                     static_cast<char>('0' + month / 10),
                     static_cast<char>('0' + month % 10),
                     '-',
                     static_cast<char>('0' + dom / 10),
                     static_cast<char>('0' + dom % 10)};
    out.append(text, sizeof text);
}

void AppendNumber(std::string& out, std::size_t number) {
    char digits[20];
    std::size_t at = sizeof digits;
    do {
        digits[--at] = static_cast<char>('0' + number % 10);
        number /= 10;
    } while (number != 0);
    out.append(digits + at, sizeof digits - at);
}

void AppendEmployeeId(std::string& out, std::size_t number) {
    out += 'E';
    AppendNumber(out, number);
}

int DaysSinceEpoch(int year, unsigned month, unsigned day) {
    return static_cast<int>(std::chrono::sys_days{std::chrono::year{year} / month / day}.time_since_epoch().count());
}

std::vector<int> GradeCounts(long long people) {
    std::vector<int> counts(kTopGrade + 1, 0);
    counts[kTopGrade] = 1;
    long long rest = people - 1;
    // One head per department at most, however large the company.
    counts[9] = static_cast<int>(
        std::clamp<long long>(rest / 40, std::min<long long>(rest, 1), static_cast<long long>(kDepartments.size())));
    long long assigned = counts[9];
    for (int grade = 8; grade >= 1; --grade) {
        const auto share = std::llround(static_cast<double>(rest) * kGradeShare[9 - grade]);
        counts[grade] = static_cast<int>(std::min(share, rest - assigned));
        assigned += counts[grade];
    }
    counts[3] += static_cast<int>(rest - assigned);  // rounding leftovers join the largest band
    return counts;
}

}  // namespace

std::string GenerateDirectoryCsv(long long people, unsigned seed) {
    std::string out =
        "Employee ID,Name,Email,Grade,Title,Department,Location,Time Zone,Manager ID,Hire Date,Leaving Date\n";
    if (people <= 0) return out;
    Random random(seed);
    const auto counts = GradeCounts(people);
    const int first_hire = DaysSinceEpoch(2004, 1, 5);
    const int last_hire = DaysSinceEpoch(2025, 3, 31);
    const int last_leaving = DaysSinceEpoch(2025, 12, 19);

    // Most senior first, so every manager exists before their reports are drawn.
    std::vector<Member> members;
    members.reserve(static_cast<std::size_t>(people));
    std::vector<std::size_t> grade_start(kTopGrade + 2, 0);
    for (int grade = kTopGrade; grade >= 1; --grade) {
        grade_start[static_cast<std::size_t>(grade)] = members.size();
        for (int i = 0; i < counts[static_cast<std::size_t>(grade)]; ++i) {
            Member member{};
            member.grade = grade;
            member.first_name = static_cast<int>(random.Below(kFirstNames.size()));
            member.last_name = static_cast<int>(random.Below(kLastNames.size()));
            if (grade == kTopGrade) {
                member.department = kDepartmentIndexOfCeo;
                member.location = 0;
                member.manager = members.size();
            } else {
                // Report to the grade just above when it has anyone, else to the nearest more senior grade.
                int above = grade + 1;
                while (counts[static_cast<std::size_t>(above)] == 0) ++above;
                const std::size_t from = grade_start[static_cast<std::size_t>(above)];
                const std::size_t manager =
                    from + random.Below(static_cast<std::size_t>(counts[static_cast<std::size_t>(above)]));
                const Member& boss = members[manager];
                if (grade == 9 || boss.department < 0) {
                    member.department = static_cast<int>(i % static_cast<int>(kDepartments.size()));
                } else {
                    member.department =
                        random.Chance(0.95) ? boss.department : static_cast<int>(random.Below(kDepartments.size()));
                }
                member.location =
                    random.Chance(0.7) ? boss.location : static_cast<int>(random.Below(kLocations.size()));
                member.manager = manager;
            }
            // Seniors tend to have been here longer.
            const int span = last_hire - first_hire;
            const int earliest = first_hire + span * (grade - 1) / 40;
            const int latest = last_hire - span * (grade - 1) / 15;
            member.hire_day =
                earliest + static_cast<int>(random.Below(static_cast<std::size_t>(std::max(1, latest - earliest))));
            if (grade != kTopGrade && random.Chance(kLeaverShare)) {
                const int from_day = member.hire_day + 90;
                member.leaving_day =
                    from_day +
                    static_cast<int>(random.Below(static_cast<std::size_t>(std::max(1, last_leaving - from_day))));
            }
            members.push_back(member);
        }
    }

    // Employee ids are handed out in a shuffled order and the file is sorted by id, as HRIS exports are:
    // managers then often come after their reports.
    std::vector<std::size_t> employee_number(members.size());
    for (std::size_t i = 0; i < members.size(); ++i) employee_number[i] = i;
    for (std::size_t i = members.size(); i > 1; --i)
        std::swap(employee_number[i - 1], employee_number[random.Below(i)]);
    std::vector<std::size_t> by_number(members.size());
    for (std::size_t i = 0; i < members.size(); ++i) by_number[employee_number[i]] = i;

    // Emails stay unique: the second Amara Okafor is amara.okafor2.
    std::vector<int> name_uses(kFirstNames.size() * kLastNames.size(), 0);
    std::vector<int> email_suffix(members.size());
    for (std::size_t i = 0; i < members.size(); ++i) {
        email_suffix[i] = ++name_uses[static_cast<std::size_t>(members[i].first_name) * kLastNames.size() +
                                      static_cast<std::size_t>(members[i].last_name)];
    }

    constexpr std::size_t kFirstNumber = 1000000;
    out.reserve(out.size() + members.size() * 170);
    for (std::size_t number = 0; number < members.size(); ++number) {
        const std::size_t index = by_number[number];
        const Member& member = members[index];
        const Name& first = kFirstNames[static_cast<std::size_t>(member.first_name)];
        const Name& last = kLastNames[static_cast<std::size_t>(member.last_name)];
        const Location& location = kLocations[static_cast<std::size_t>(member.location)];
        AppendEmployeeId(out, kFirstNumber + number);
        out += ',';
        out += first.display;
        out += ' ';
        out += last.display;
        out += ',';
        out += first.slug;
        out += '.';
        out += last.slug;
        if (email_suffix[index] > 1) AppendNumber(out, static_cast<std::size_t>(email_suffix[index]));
        out += "@example.com,";
        AppendNumber(out, static_cast<std::size_t>(member.grade));
        out += ',';
        AppendTitle(out, member);
        out += ',';
        out += member.department < 0 ? std::string_view("Executive Office")
                                     : kDepartments[static_cast<std::size_t>(member.department)].name;
        out += ',';
        out += location.city;
        out += ',';
        out += location.time_zone;
        out += ',';
        if (member.manager != index) AppendEmployeeId(out, kFirstNumber + employee_number[member.manager]);
        out += ',';
        AppendDate(out, member.hire_day);
        out += ',';
        if (member.leaving_day != 0) AppendDate(out, member.leaving_day);
        out += '\n';
    }
    return out;
}

}  // namespace upward::demo
