// Type-check shim: see client.d.ts beside this file.
export * from '../../../../wasm/js/quelle.js';
