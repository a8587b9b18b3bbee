#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace upward::service {

/// Employee id -> a non-negative number, for a million ids looked up several times per import. Open
/// addressing in one array of 8-byte slots holding only the number and a hash: the ids themselves stay in
/// the caller's storage and `key_of(number)` gives them back. A node-based map would allocate once per id
/// and take several times the memory, which is what a large import pays for most.
template <typename KeyOf>
class IdIndex {
public:
    static constexpr int kMissing = -1;

    IdIndex(KeyOf key_of, std::size_t expected) : key_of_(std::move(key_of)) { Rehash(CapacityFor(expected)); }

    /// Stores `value` (whose key_of must be `id`) unless the id is present. Returns the id's value and
    /// whether it was new.
    std::pair<int, bool> Insert(std::string_view id, int value) {
        if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
        const auto hash = Hash(id);
        for (std::size_t at = hash & mask_;; at = (at + 1) & mask_) {
            Slot& slot = slots_[at];
            if (slot.value == kMissing) {
                slot = {value, hash};
                ++size_;
                return {value, true};
            }
            if (slot.hash == hash && key_of_(slot.value) == id) return {slot.value, false};
        }
    }

    /// The id's value, or kMissing.
    int Find(std::string_view id) const {
        const auto hash = Hash(id);
        for (std::size_t at = hash & mask_;; at = (at + 1) & mask_) {
            const Slot& slot = slots_[at];
            if (slot.value == kMissing) return kMissing;
            if (slot.hash == hash && key_of_(slot.value) == id) return slot.value;
        }
    }

    bool Contains(std::string_view id) const { return Find(id) != kMissing; }

private:
    struct Slot {
        int value = kMissing;
        std::uint32_t hash = 0;
    };

    static std::uint32_t Hash(std::string_view id) {
        return static_cast<std::uint32_t>(std::hash<std::string_view>{}(id));
    }

    static std::size_t CapacityFor(std::size_t expected) {
        std::size_t capacity = 16;
        while (capacity < expected * 2) capacity *= 2;
        return capacity;
    }

    void Rehash(std::size_t capacity) {
        std::vector<Slot> old(capacity);
        old.swap(slots_);
        mask_ = capacity - 1;
        for (const Slot& slot : old) {
            if (slot.value == kMissing) continue;
            std::size_t at = slot.hash & mask_;
            while (slots_[at].value != kMissing) at = (at + 1) & mask_;
            slots_[at] = slot;
        }
    }

    KeyOf key_of_;
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
};

}  // namespace upward::service
