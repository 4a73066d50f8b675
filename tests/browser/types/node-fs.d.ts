// quelle.js reads the wasm with node:fs in Node; the check has no @types/node.
declare module 'node:fs/promises' {
  export function readFile(path: URL): Promise<Uint8Array>;
}
