#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include "service/directory/large_array.hpp"

namespace upward::service {

/// Employee id -> a non-negative number, for a million ids looked up several times per import. Open
/// addressing in one array of 8-byte slots holding only the number and a hash: the ids themselves stay in
/// the caller's storage and `key_of(number)` gives them back. A node-based map would allocate once per id
/// and take several times the memory, which is what a large import pays for most.
///
/// A million lookups in a table of that size each wait for memory; VisitHashed runs through many ids with
/// their slots requested from memory a few ids ahead, so that those waits overlap.
template <typename KeyOf>
class IdIndex {
public:
    static constexpr int kMissing = -1;
    using Hash = std::uint32_t;

    IdIndex(KeyOf key_of, std::size_t expected) : key_of_(std::move(key_of)) { Rehash(CapacityFor(expected)); }

    static Hash HashOf(std::string_view id) { return static_cast<Hash>(std::hash<std::string_view>{}(id)); }

    /// Stores `value` (whose key_of must be `id`) unless the id is present. Returns the id's value and
    /// whether it was new.
    std::pair<int, bool> Insert(std::string_view id, int value) { return Insert(id, HashOf(id), value); }
    /// As above, with the id's HashOf.
    std::pair<int, bool> Insert(std::string_view id, Hash hash, int value) {
        if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
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
    int Find(std::string_view id) const { return Find(id, HashOf(id)); }
    /// As above, with the id's HashOf.
    int Find(std::string_view id, Hash hash) const {
        for (std::size_t at = hash & mask_;; at = (at + 1) & mask_) {
            const Slot& slot = slots_[at];
            if (slot.value == kMissing) return kMissing;
            if (slot.hash == hash && key_of_(slot.value) == id) return slot.value;
        }
    }

    bool Contains(std::string_view id) const { return Find(id) != kMissing; }

    /// Calls visit(i, HashOf(id_at(i))) for i = 0 .. count-1 in order, having asked for each id's slot
    /// several ids earlier; `visit` then Finds or Inserts with that hash.
    template <typename IdAt, typename Visit>
    void VisitHashed(std::size_t count, IdAt id_at, Visit visit) const {
        // Far enough ahead for the slot to arrive, near enough for it to stay (measured: a third faster
        // than one lookup at a time; also asking for the key a slot points to was slower again).
        constexpr std::size_t kAhead = 16;
        std::array<Hash, kAhead> hashes{};
        for (std::size_t i = 0; i < count + kAhead; ++i) {
            // The id kAhead back is visited before its place in the ring is taken by id i.
            if (i >= kAhead) visit(i - kAhead, hashes[i % kAhead]);
            if (i < count) {
                const Hash hash = HashOf(id_at(i));
                hashes[i % kAhead] = hash;
                __builtin_prefetch(&slots_[hash & mask_]);
            }
        }
    }

private:
    struct Slot {
        int value = kMissing;
        Hash hash = 0;
    };

    static std::size_t CapacityFor(std::size_t expected) {
        std::size_t capacity = 16;
        while (capacity < expected * 2) capacity *= 2;
        return capacity;
    }

    void Rehash(std::size_t capacity) {
        LargeArray<Slot> old(capacity);
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
    LargeArray<Slot> slots_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
};

}  // namespace upward::service
