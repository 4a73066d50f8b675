// @ts-check
/**
 * Quelle's JavaScript API: a synchronous engine over the WebAssembly core.
 * Works in browsers, workers and Node 20. Pages should use the Worker client
 * (client.js) so that the analysis never blocks the page.
 *
 *   import { createQuelle } from './quelle.js';
 *   const q = await createQuelle();
 *   const analysis = q.analyze(text, { language: 'de' });
 *
 * Every offset in an analysis is a JavaScript string index (UTF-16 code unit).
 */
import createQuelleCore from './quelle-core.js';

/** An error reported by the core, with a stable code (docs/schema.md). */
export class QuelleError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.name = 'QuelleError';
    /** @type {string} */
    this.code = code;
  }
}

/** The languages Quelle knows. */
export const LANGUAGES = Object.freeze(['de', 'en', 'fr', 'es', 'it', 'nl', 'pt']);

const FLAG_NO_ENTITIES = 1;
const FLAG_NO_QUOTES = 2;
const isNode = typeof process === 'object' && !!process.versions && !!process.versions.node;

/**
 * Fetches (browser) or reads (Node) the wasm binary and instantiates it, for
 * Emscripten's instantiateWasm hook. Failures go to `fail`.
 * @param {{wasmUrl?: string|URL, wasmBinary?: ArrayBuffer|Uint8Array}} options
 * @param {(error: unknown) => void} fail
 * @returns {(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) => {}}
 */
function instantiator(options, fail) {
  const url = options.wasmUrl ?? new URL('./quelle-core.wasm', import.meta.url);
  return (imports, done) => {
    /** @type {Promise<WebAssembly.WebAssemblyInstantiatedSource>} */
    let pending;
    if (options.wasmBinary) {
      pending = WebAssembly.instantiate(options.wasmBinary, imports);
    } else if (isNode) {
      pending = import('node:fs/promises')
        .then((fs) => fs.readFile(url instanceof URL ? url : new URL(url)))
        .then((bytes) => WebAssembly.instantiate(bytes, imports));
    } else {
      pending = WebAssembly.instantiateStreaming(fetch(url, { credentials: 'same-origin' }), imports);
    }
    pending.then((r) => done(r.instance), fail);
    return {};
  };
}

/**
 * @typedef {{language?: string, entities?: boolean, quotes?: boolean}} AnalyzeOptions
 */

/**
 * Creates an engine. Resolves once the module is compiled and ICU is ready.
 * @param {{wasmUrl?: string|URL, wasmBinary?: ArrayBuffer|Uint8Array}} [options]
 * @returns {Promise<Quelle>}
 */
export async function createQuelle(options = {}) {
  /** @type {(error: unknown) => void} */
  let fail = () => {};
  /** @type {Promise<never>} */
  const failed = new Promise((_, reject) => { fail = reject; });
  const core = await Promise.race([
    createQuelleCore({
      instantiateWasm: instantiator(options, (e) => fail(new QuelleError('internal', `cannot load quelle-core.wasm: ${e}`))),
      print: () => {},
      printErr: () => {},
      onAbort: (/** @type {any} */ what) => fail(new QuelleError('internal', `the core aborted: ${what}`)),
    }),
    failed,
  ]);
  if (core._quelle_init() !== 0) throw new QuelleError('internal', 'ICU data could not be registered');
  return new Quelle(core);
}

/** The engine: one WebAssembly instance. Not safe to share across threads. */
export class Quelle {
  /** @param {any} core */
  constructor(core) {
    /** @private */
    this.core = core;
    /** The core's version, e.g. "0.1.0". */
    this.version = core.UTF8ToString(core._quelle_version());
  }

  /**
   * Analyses a text and returns the analysis (docs/schema.md).
   * @param {string} text
   * @param {AnalyzeOptions} [options]
   * @returns {import('./quelle').Analysis}
   */
  analyze(text, options = {}) {
    return JSON.parse(this.analyzeJSON(text, options));
  }

  /**
   * Like analyze, but returns the JSON text exactly as the core wrote it.
   * @param {string} text
   * @param {AnalyzeOptions} [options]
   * @returns {string}
   */
  analyzeJSON(text, options = {}) {
    if (typeof text !== 'string') throw new QuelleError('invalid_request', 'text must be a string');
    const language = options.language ?? '';
    if (language !== '' && !LANGUAGES.includes(language)) {
      throw new QuelleError('unsupported_language', `unsupported language '${language}' (expected one of ${LANGUAGES.join(' ')})`);
    }
    const flags = (options.entities === false ? FLAG_NO_ENTITIES : 0) | (options.quotes === false ? FLAG_NO_QUOTES : 0);
    return this.call((ptr) => this.withCString(language, (lang) => this.core._quelle_analyze(ptr, text.length, lang, flags)), text);
  }

  /**
   * Identifies the language only (fast): lets a caller load the right model first.
   * @param {string} text
   * @returns {{language: string, confidence: number}}
   */
  detectLanguage(text) {
    return JSON.parse(this.call((ptr) => this.core._quelle_detect_language(ptr, text.length), text));
  }

  /**
   * Loads the named-entity model of a language (the bytes of models/ner-xx.qnm).
   * @param {string} language
   * @param {Uint8Array|ArrayBuffer} bytes
   */
  loadModel(language, bytes) {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const ptr = this.core._malloc(Math.max(1, data.length));
    try {
      this.core.HEAPU8.set(data, ptr);
      const status = this.withCString(language, (lang) => this.core._quelle_load_model(lang, ptr, data.length));
      if (status !== 0) this.throwResult();
    } finally {
      this.core._free(ptr);
    }
  }

  /** @param {string} language */
  hasModel(language) {
    return this.withCString(language, (lang) => this.core._quelle_has_model(lang)) === 1;
  }

  /** Bytes of WebAssembly memory in use (grows, never shrinks). */
  heapSize() {
    return this.core._quelle_heap_size() >>> 0;
  }

  /**
   * Copies `text` into wasm memory as UTF-16, runs `fn`, returns the result JSON.
   * @private
   * @param {(ptr: number) => number} fn
   * @param {string} text
   */
  call(fn, text) {
    const ptr = this.core._malloc(Math.max(2, text.length * 2));
    if (!ptr) throw new QuelleError('input_too_large', 'not enough memory for the text');
    try {
      const heap = new Uint16Array(this.core.HEAPU8.buffer, ptr, text.length);
      for (let i = 0; i < text.length; i++) heap[i] = text.charCodeAt(i);
      const status = fn(ptr);
      if (status !== 0) this.throwResult();
      return this.resultText();
    } finally {
      this.core._free(ptr);
    }
  }

  /** @private */
  resultText() {
    return this.core.UTF8ToString(this.core._quelle_result_data(), this.core._quelle_result_size());
  }

  /** @private */
  throwResult() {
    const error = JSON.parse(this.resultText());
    throw new QuelleError(error.code, error.message);
  }

  /**
   * @private
   * @template T
   * @param {string} s ASCII only (language codes)
   * @param {(ptr: number) => T} fn
   * @returns {T}
   */
  withCString(s, fn) {
    const ptr = this.core._malloc(s.length + 1);
    try {
      for (let i = 0; i < s.length; i++) this.core.HEAPU8[ptr + i] = s.charCodeAt(i) & 0x7f;
      this.core.HEAPU8[ptr + s.length] = 0;
      return fn(ptr);
    } finally {
      this.core._free(ptr);
    }
  }
}
