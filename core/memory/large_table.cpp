#include "memory/large_table.hpp"

#include <new>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/mman.h>
#endif

namespace quelle {
namespace {

#if defined(__linux__) && !defined(__EMSCRIPTEN__) && defined(MADV_HUGEPAGE)
constexpr bool kHugePages = true;
#else
constexpr bool kHugePages = false;
#endif
constexpr std::size_t kHugePage = std::size_t{2} << 20;

// Tables smaller than a huge page stay on ordinary pages.
bool huge(std::size_t bytes) { return kHugePages && bytes >= kHugePage; }

std::size_t rounded(std::size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }

}  // namespace

void* allocate_large_table(std::size_t bytes, std::size_t align) {
  if (!huge(bytes)) return ::operator new (bytes, std::align_val_t{align});
  // Whole, aligned huge pages, so that the kernel can back all of it with them.
  void* p = ::operator new (rounded(bytes), std::align_val_t{kHugePage});
#if defined(__linux__) && !defined(__EMSCRIPTEN__) && defined(MADV_HUGEPAGE)
  madvise(p, rounded(bytes), MADV_HUGEPAGE);  // a hint: if refused, the pages stay ordinary
#endif
  return p;
}

void free_large_table(void* p, std::size_t bytes, std::size_t align) noexcept {
  if (!huge(bytes)) {
    ::operator delete (p, std::align_val_t{align});
    return;
  }
  ::operator delete (p, std::align_val_t{kHugePage});
}

}  // namespace quelle
