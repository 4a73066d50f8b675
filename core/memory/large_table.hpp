// Storage for the large tables that are read at random: the NER feature
// table (about 4 MB for German) and the per-thread word and pair memos
// (3 MB + 4 MB). Nearly every lookup in them is a cache miss, and with 4 KB
// pages a TLB miss as well (11 MB is about 2,800 pages, more than the
// second-level TLB holds). Where the system offers transparent huge pages
// on request (Linux), such a table is placed on 2 MB pages; elsewhere it is
// ordinary memory. Only the placement differs, never the contents.
#pragma once

#include <cstddef>
#include <vector>

namespace quelle {

// Memory for `bytes` bytes aligned to `align`; free it with free_large_table
// and the same arguments.
void* allocate_large_table(std::size_t bytes, std::size_t align);
void free_large_table(void* p, std::size_t bytes, std::size_t align) noexcept;

template <class T>
struct LargeTableAllocator {
  using value_type = T;
  LargeTableAllocator() = default;
  template <class U>
  LargeTableAllocator(const LargeTableAllocator<U>& /*other*/) noexcept {}
  T* allocate(std::size_t n) { return static_cast<T*>(allocate_large_table(n * sizeof(T), alignof(T))); }
  void deallocate(T* p, std::size_t n) noexcept { free_large_table(p, n * sizeof(T), alignof(T)); }
  template <class U>
  bool operator==(const LargeTableAllocator<U>& /*other*/) const noexcept {
    return true;
  }
};

template <class T>
using LargeTable = std::vector<T, LargeTableAllocator<T>>;

}  // namespace quelle
