#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <vector>

namespace upward::service {

/// Memory for the import's arrays of a million elements (rows, graph nodes, hash slots).
///
/// Every fresh 4 KiB page costs a page fault when first written. Natively that is well under a microsecond,
/// but virtual machines that hand page faults to the hypervisor pay ~15 µs, and a million-row import writes
/// some 30 000 fresh pages: half a second of faults. Blocks of several MiB are therefore mapped on their own
/// with transparent huge pages requested (madvise), which fault once per 2 MiB; where the kernel offers no
/// huge pages they behave like any other memory. Smaller blocks come from the ordinary heap.
void* AllocateLarge(std::size_t bytes);
void FreeLarge(void* block, std::size_t bytes);
/// Blocks at least this big are mapped on their own.
inline constexpr std::size_t kLargeBlock = std::size_t{4} << 20;

template <typename T>
class LargeArrayAllocator {
public:
    using value_type = T;

    LargeArrayAllocator() = default;
    template <typename U>
    LargeArrayAllocator(const LargeArrayAllocator<U>& /*other*/) {}  // NOLINT: allocators convert implicitly

    // T may itself be a pointer (an index of rows): the size of one element is then a pointer's, as meant.
    static constexpr std::size_t kElementBytes = sizeof(T);  // NOLINT(bugprone-sizeof-expression)

    T* allocate(std::size_t count) {
        if (count > std::allocator_traits<std::allocator<T>>::max_size(std::allocator<T>()))
            throw std::bad_array_new_length();
        const std::size_t bytes = count * kElementBytes;
        if (bytes < kLargeBlock) return std::allocator<T>().allocate(count);
        return static_cast<T*>(AllocateLarge(bytes));
    }
    void deallocate(T* block, std::size_t count) {
        const std::size_t bytes = count * kElementBytes;
        if (bytes < kLargeBlock) {
            std::allocator<T>().deallocate(block, count);
        } else {
            FreeLarge(block, bytes);
        }
    }

    template <typename U>
    bool operator==(const LargeArrayAllocator<U>& /*other*/) const {
        return true;
    }
};

/// A vector whose storage, once it is large, comes from AllocateLarge.
template <typename T>
using LargeArray = std::vector<T, LargeArrayAllocator<T>>;

}  // namespace upward::service
