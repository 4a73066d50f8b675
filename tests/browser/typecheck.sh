#!/usr/bin/env bash
# Type-checks the page's JavaScript (// @ts-check + JSDoc) with the
# TypeScript compiler from the root package.json: the page modules against
# the engine's .d.ts (web/jsconfig.json), the service worker on its own.
set -euo pipefail
cd "$(dirname "$0")/../.."
tsc=node_modules/.bin/tsc
if [[ ! -x $tsc ]]; then
  echo "typecheck: $tsc is missing (npm ci)" >&2
  exit 1
fi
"$tsc" -p web/jsconfig.json
"$tsc" -p tests/browser/tsconfig.sw.json
echo "typecheck: web/ is well-typed"
