// Type-check shim: the page imports ./engine/client.js, which scripts/build-web
// copies from build/wasm/. web/jsconfig.json maps it here (rootDirs).
export * from '../../../../wasm/js/client.js';
