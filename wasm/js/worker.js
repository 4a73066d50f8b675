// @ts-check
/**
 * The Web Worker that runs the engine (see client.js). One engine per
 * worker; models are fetched lazily, one per language, the first time a
 * text of that language arrives (the service worker caches them offline).
 *
 * Messages in:  {id, type: 'analyze', text, options?, modelBaseUrl?}
 * Messages out: {id, type: 'progress', stage} | {id, type: 'result', analysis, modelLoaded}
 *               | {id, type: 'error', code, message}
 */
import { createQuelle, LANGUAGES } from './quelle.js';

/** @type {Promise<import('./quelle.js').Quelle> | null} */
let engine = null;
/** @type {Map<string, Promise<boolean>>} */
const models = new Map();

/**
 * @param {import('./quelle.js').Quelle} q
 * @param {string} language
 * @param {string} baseUrl
 */
function ensureModel(q, language, baseUrl) {
  let loading = models.get(language);
  if (!loading) {
    const url = new URL(`ner-${language}.qnm`, new URL(baseUrl, self.location.href));
    loading = fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((bytes) => { q.loadModel(language, bytes); return true; })
      .catch(() => { models.delete(language); return false; });  // analyse without; retry next time
    models.set(language, loading);
  }
  return loading;
}

self.onmessage = async (/** @type {MessageEvent} */ event) => {
  const { id, type } = event.data ?? {};
  const post = (/** @type {any} */ message) => self.postMessage({ id, ...message });
  try {
    if (type !== 'analyze') throw Object.assign(new Error(`unknown request '${type}'`), { code: 'invalid_request' });
    const { text, options = {}, modelBaseUrl } = event.data;
    post({ type: 'progress', stage: 'starting' });
    const q = await (engine ??= createQuelle());
    const language = options.language || q.detectLanguage(text).language;
    let modelLoaded = q.hasModel(language);
    if (!modelLoaded && modelBaseUrl && LANGUAGES.includes(language) && options.entities !== false) {
      post({ type: 'progress', stage: 'model' });
      modelLoaded = await ensureModel(q, language, modelBaseUrl);
    }
    post({ type: 'progress', stage: 'analysis' });
    const analysis = q.analyze(text, options);
    post({ type: 'result', analysis, modelLoaded });
  } catch (e) {
    const error = /** @type {any} */ (e);
    post({ type: 'error', code: error.code ?? 'internal', message: String(error.message ?? error) });
  }
};
