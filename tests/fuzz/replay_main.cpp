// Runs a fuzz target without libFuzzer, for compilers that lack it and for CTest: every file of the corpus
// directories, then pseudo-random mutations of them drawn from a fixed seed, so a failure reproduces.
//
//   <target>_replay [--mutations N] [--seed S] CORPUS_DIR...

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

// Mutated inputs stay small, as libFuzzer's do by default: size is not what finds these bugs.
constexpr std::size_t kMaxInput = 4096;

// Bytes that mean something to a CSV reader turn up more often than chance would have them.
constexpr std::string_view kInteresting = ",\"\r\n \t\xEF\xBB\xBF@-0123456789";

void Run(const std::string& input) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

std::string ReadFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string Mutate(std::string input, const std::vector<std::string>& corpus, std::mt19937_64& random) {
    const auto pick = [&random](std::size_t bound) {
        return bound == 0 ? 0 : static_cast<std::size_t>(random() % bound);
    };
    const std::size_t steps = 1 + pick(8);
    for (std::size_t step = 0; step < steps; ++step) {
        switch (pick(6)) {
            case 0:  // overwrite a byte
                if (!input.empty()) input[pick(input.size())] = static_cast<char>(random());
                break;
            case 1:  // insert a byte that matters to CSV
                input.insert(input.begin() + static_cast<std::ptrdiff_t>(pick(input.size() + 1)),
                             kInteresting[pick(kInteresting.size())]);
                break;
            case 2: {  // erase a run
                if (input.empty()) break;
                const std::size_t at = pick(input.size());
                input.erase(at, 1 + pick(std::min<std::size_t>(16, input.size() - at)));
                break;
            }
            case 3: {  // repeat a run
                if (input.empty()) break;
                const std::size_t at = pick(input.size());
                const std::string run = input.substr(at, 1 + pick(32));
                input.insert(pick(input.size() + 1), run);
                break;
            }
            case 4: {  // splice in part of another input
                const std::string& other = corpus[pick(corpus.size())];
                if (other.empty()) break;
                const std::size_t at = pick(other.size());
                input.insert(pick(input.size() + 1), other.substr(at, 1 + pick(64)));
                break;
            }
            default:  // cut the end off
                input.resize(pick(input.size() + 1));
                break;
        }
    }
    if (input.size() > kMaxInput) input.resize(kMaxInput);
    return input;
}

}  // namespace

int main(int argc, char** argv) {
    long long mutations = 10000;
    std::uint64_t seed = 1;
    std::vector<std::string> corpus;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if ((argument == "--mutations" || argument == "--seed") && i + 1 < argc) {
            const std::string value = argv[++i];
            if (argument == "--mutations") {
                mutations = std::stoll(value);
            } else {
                seed = std::stoull(value);
            }
            continue;
        }
        if (!fs::is_directory(argument)) {
            std::fprintf(stderr, "not a corpus directory: %s\n", argument.c_str());
            return 2;
        }
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(argument)) {
            if (entry.is_regular_file()) files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());  // directory order varies; the mutations must not
        for (const auto& file : files) corpus.push_back(ReadFile(file));
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "usage: %s [--mutations N] [--seed S] CORPUS_DIR...\n", argv[0]);
        return 2;
    }
    for (const auto& input : corpus) Run(input);
    std::mt19937_64 random(seed);
    for (long long i = 0; i < mutations; ++i)
        Run(Mutate(corpus[static_cast<std::size_t>(random() % corpus.size())], corpus, random));
    std::printf("%zu corpus inputs and %lld mutations (seed %llu) ran clean\n", corpus.size(), mutations,
                static_cast<unsigned long long>(seed));
    return 0;
}
