// IdSet: a set of 64-bit ids in one flat open-addressing table. The bulk loader checks two edge
// ends per edge against it; std::unordered_set's node per entry made those lookups a fifth of the
// load time through cache misses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace dossier::graph {

class IdSet {
  public:
    // Returns false when `id` was already there.
    bool Insert(uint64_t id) {
        if (id == kEmpty) return !std::exchange(has_empty_, true);
        if ((size_ + 1) * 2 > slots_.size()) Grow();
        for (size_t i = Slot(id);; i = (i + 1) & mask_) {
            if (slots_[i] == id) return false;
            if (slots_[i] == kEmpty) {
                slots_[i] = id;
                ++size_;
                return true;
            }
        }
    }
    bool Contains(uint64_t id) const {
        if (id == kEmpty) return has_empty_;
        if (slots_.empty()) return false;
        for (size_t i = Slot(id);; i = (i + 1) & mask_) {
            if (slots_[i] == id) return true;
            if (slots_[i] == kEmpty) return false;
        }
    }
    void Erase(uint64_t id) {
        if (id == kEmpty) {
            has_empty_ = false;
            return;
        }
        if (slots_.empty()) return;
        size_t i = Slot(id);
        while (slots_[i] != id) {
            if (slots_[i] == kEmpty) return;
            i = (i + 1) & mask_;
        }
        // Backward-shift deletion: move later entries of the probe run into the hole unless
        // their home slot lies cyclically in (hole, entry].
        for (size_t j = (i + 1) & mask_; slots_[j] != kEmpty; j = (j + 1) & mask_) {
            const size_t home = Slot(slots_[j]);
            const bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (stays) continue;
            slots_[i] = slots_[j];
            i = j;
        }
        slots_[i] = kEmpty;
        --size_;
    }
    size_t size() const { return size_ + (has_empty_ ? 1 : 0); }

  private:
    static constexpr uint64_t kEmpty = 0;

    size_t Slot(uint64_t id) const {
        return static_cast<size_t>((id * 0x9e3779b97f4a7c15ULL) >> shift_);
    }
    void Grow() {
        std::vector<uint64_t> old = std::move(slots_);
        const size_t capacity = old.empty() ? 1024 : old.size() * 2;
        slots_.assign(capacity, kEmpty);
        mask_ = capacity - 1;
        shift_ = 64 - __builtin_ctzll(capacity);
        size_ = 0;
        for (uint64_t id : old) {
            if (id != kEmpty) Insert(id);
        }
    }

    std::vector<uint64_t> slots_;
    size_t mask_ = 0;
    int shift_ = 64;
    size_t size_ = 0;
    bool has_empty_ = false;
};

}  // namespace dossier::graph
