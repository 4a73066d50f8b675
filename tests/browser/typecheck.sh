#!/usr/bin/env bash
# Type-checks the JavaScript with the TypeScript compiler from the root
# package.json (// @ts-check + JSDoc, strict):
#   - the wasm package's quelle.js, client.js and worker.js; tsc writes what
#     they declare to build/types/engine/ (tsconfig.engine.json);
#   - the hand-written wasm/js/quelle.d.ts and client.d.ts against that, both
#     ways (tsconfig.contract.json, types/contract.ts);
#   - the page modules against those .d.ts (web/jsconfig.json);
#   - the service worker on its own.
set -euo pipefail
cd "$(dirname "$0")/../.."
tsc=node_modules/.bin/tsc
if [[ ! -x $tsc ]]; then
  echo "typecheck: $tsc is missing (npm ci)" >&2
  exit 1
fi
rm -rf build/types/engine
"$tsc" -p tests/browser/tsconfig.engine.json
"$tsc" -p tests/browser/tsconfig.contract.json
"$tsc" -p web/jsconfig.json
"$tsc" -p tests/browser/tsconfig.sw.json
echo "typecheck: wasm/js/ is well-typed and agrees with its .d.ts; web/ is well-typed"
