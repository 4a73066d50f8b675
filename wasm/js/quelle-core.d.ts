// Types of quelle-core.js, the Emscripten glue that emcc writes beside the
// wasm (wasm/CMakeLists.txt), as quelle.js uses it: the factory and the C
// functions of wasm/exports.cpp. Pointers are byte offsets into HEAPU8;
// status results are 0 for success, 1 for an error JSON in the result buffer.

export interface QuelleCore {
  /** The wasm memory; a new view after the memory grows. */
  readonly HEAPU8: Uint8Array;
  UTF8ToString(ptr: number): string;
  _malloc(size: number): number;
  _free(ptr: number): void;
  _quelle_init(): number;
  _quelle_analyze(utf8: number, bytes: number, units: number, language: number, flags: number): number;
  _quelle_detect_language(utf8: number, bytes: number): number;
  _quelle_load_model(language: number, data: number, size: number): number;
  _quelle_has_model(language: number): number;
  _quelle_load_quote_model(language: number, data: number, size: number): number;
  _quelle_has_quote_model(language: number): number;
  _quelle_languages(): number;
  _quelle_article_summary(meta: number, bytes: number): number;
  _quelle_corpus_clear(): void;
  _quelle_corpus_add(summary: number, bytes: number): number;
  _quelle_corpus_report(topEntities: number, topSpeakers: number): number;
  _quelle_result_data(): number;
  _quelle_result_size(): number;
  _quelle_version(): number;
  _quelle_heap_size(): number;
}

/** The Module settings quelle.js passes (-sINCOMING_MODULE_JS_API). */
export interface CoreSettings {
  instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void): object;
  print(text: string): void;
  printErr(text: string): void;
  onAbort(what: unknown): void;
}

export default function createQuelleCore(settings: CoreSettings): Promise<QuelleCore>;
