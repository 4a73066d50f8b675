// @ts-check
/**
 * The Web Worker that runs the engine (see client.js). One engine per
 * worker; models are fetched lazily, one per language, the first time a
 * text of that language arrives (the service worker caches them offline).
 *
 * Messages in:  {id, type: 'analyze', text, options?, modelBaseUrl?}
 * Messages out: {id, type: 'progress', stage} | {id, type: 'result', analysis, modelLoaded}
 *               | {id, type: 'error', code, message}
 * (client.js sends one call at a time; the worker would take overlapping ones.)
 */
import { createQuelle, LANGUAGES } from './quelle.js';

/** @type {Promise<import('./quelle.js').Quelle> | null} */
let engine = null;
/** @type {Map<string, Promise<boolean>>} */
const models = new Map();

/**
 * Fetches the model of `language` once and loads it into the engine. The
 * download does not wait for the engine: given the language, it starts
 * while the wasm still compiles.
 * @param {Promise<import('./quelle.js').Quelle>} engineReady
 * @param {string} language
 * @param {string} baseUrl
 */
function ensureModel(engineReady, language, baseUrl) {
  let loading = models.get(language);
  if (!loading) {
    const url = new URL(`ner-${language}.qnm`, new URL(baseUrl, self.location.href));
    const bytes = fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))));
    loading = Promise.all([bytes, engineReady])
      .then(([b, q]) => { q.loadModel(language, b); return true; })
      .catch(() => { models.delete(language); return false; });  // analyse without; retry next time
    models.set(language, loading);
  }
  return loading;
}

/**
 * Whether `language` can have a model: one of the engine's languages, or,
 * before the first engine has started and the list is known, a code's shape
 * (that keeps odd strings out of the model's URL; the engine rejects a
 * well-formed code it does not know).
 * @param {string} language
 */
function knownLanguage(language) {
  return LANGUAGES.length ? LANGUAGES.includes(language) : /^[a-z]{2}$/.test(language);
}

self.onmessage = async (/** @type {MessageEvent} */ event) => {
  const { id, type } = event.data ?? {};
  const post = (/** @type {any} */ message) => self.postMessage({ id, ...message });
  try {
    if (type !== 'analyze') throw Object.assign(new Error(`unknown request '${type}'`), { code: 'invalid_request' });
    const { text, options = {}, modelBaseUrl } = event.data;
    post({ type: 'progress', stage: 'starting' });
    const engineReady = (engine ??= createQuelle());
    const wantsModel = (/** @type {string} */ l) => !!modelBaseUrl && knownLanguage(l) && options.entities !== false;
    // A chosen language: its model downloads while the engine starts.
    const chosen = options.language ?? '';
    const early = wantsModel(chosen) ? ensureModel(engineReady, chosen, modelBaseUrl) : null;
    const q = await engineReady;
    const language = chosen || q.detectLanguage(text).language;
    let modelLoaded = q.hasModel(language);
    if (!modelLoaded && wantsModel(language)) {
      post({ type: 'progress', stage: 'model' });
      modelLoaded = await (early ?? ensureModel(engineReady, language, modelBaseUrl));
    }
    post({ type: 'progress', stage: 'analysis' });
    const analysis = q.analyze(text, options);
    post({ type: 'result', analysis, modelLoaded });
  } catch (e) {
    const error = /** @type {any} */ (e);
    post({ type: 'error', code: error.code ?? 'internal', message: String(error.message ?? error) });
  }
};
