#include "service/directory/large_array.hpp"

#include <sys/mman.h>

#include <cstdint>

namespace upward::service {

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

std::size_t RoundUp(std::size_t bytes, std::size_t unit) { return (bytes + unit - 1) / unit * unit; }

}  // namespace

void* AllocateLarge(std::size_t bytes) {
    const std::size_t size = RoundUp(bytes, kHugePage);
    // Over-map by one huge page and trim, so that the block starts on a huge-page boundary: only whole,
    // aligned 2 MiB ranges can be huge pages.
    void* mapped = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) throw std::bad_alloc();
    const auto start = reinterpret_cast<std::uintptr_t>(mapped);
    const auto aligned = RoundUp(start, kHugePage);
    if (aligned > start) munmap(mapped, aligned - start);
    const std::size_t tail = (start + size + kHugePage) - (aligned + size);
    // Pointers are derived from the mapping's own pointer, not rebuilt from integers, so the compiler keeps
    // knowing where they point.
    auto* block = static_cast<char*>(mapped) + (aligned - start);
    if (tail > 0) munmap(block + size, tail);
    // Advice only: without huge pages the block is ordinary memory.
    madvise(block, size, MADV_HUGEPAGE);
    return block;
}

void FreeLarge(void* block, std::size_t bytes) { munmap(block, RoundUp(bytes, kHugePage)); }

}  // namespace upward::service
