// ICU's data (break rules, normalization, locale resources) is linked into
// the wasm binary as one trimmed .dat file (scripts/build-icu-wasm) and
// registered before ICU is first used: no file system, no fetch.
#include "icu_data.hpp"

#include <unicode/udata.h>

extern "C" const unsigned char quelle_icu_data[];

namespace quelle::wasm {

bool register_icu_data() {
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(quelle_icu_data, &status);
  if (U_FAILURE(status)) return false;
  // Everything ICU needs is in that data: never look for files.
  udata_setFileAccess(UDATA_NO_FILES, &status);
  return U_SUCCESS(status);
}

}  // namespace quelle::wasm
