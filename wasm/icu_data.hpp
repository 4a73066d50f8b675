#pragma once

namespace quelle::wasm {

// Hands the embedded ICU data to ICU; must run before any other ICU call.
bool register_icu_data();

}  // namespace quelle::wasm
