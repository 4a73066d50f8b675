// @ts-check
/**
 * The Web Worker that runs the engine (see client.js). One engine per
 * worker; models are fetched lazily, per language (the entity model, and
 * the quote model where the language has one), the first time a text of
 * that language arrives (the service worker caches them offline).
 *
 * Messages in:  {id, type: 'analyze', text, options?, modelBaseUrl?}
 *               | {id, type: 'corpus-articles', items: [{text, meta, options?}], modelBaseUrl?}
 *               | {id, type: 'corpus', request: {op: 'clear'|'add'|'report', summaries?, top?}}
 * Messages out: {id, type: 'progress', stage} | {id, type: 'result', analysis, modelLoaded}
 *               | {id, type: 'articles', results: [{record, summary, modelLoaded} | {error}]} | {id, type: 'corpus', report}
 *               | {id, type: 'error', code, message}
 * (client.js sends one call at a time; the worker would take overlapping ones.)
 */
import { createQuelle, LANGUAGES } from './quelle.js';

/** @type {Promise<import('./quelle.js').Quelle> | null} */
let engine = null;
/** @type {Map<string, Promise<boolean>>} keyed by file name */
const models = new Map();

/**
 * Fetches a model file once and loads it into the engine with `load`. The
 * download does not wait for the engine: given the language, it starts
 * while the wasm still compiles. A file the server does not have (404: the
 * quote models exist for some languages only) is not asked for again;
 * another failure is retried by the next call.
 * @param {Promise<import('./quelle.js').Quelle>} engineReady
 * @param {string} file e.g. ner-de.qnm
 * @param {string} baseUrl
 * @param {(q: import('./quelle.js').Quelle, bytes: ArrayBuffer) => void} load
 */
function ensureFile(engineReady, file, baseUrl, load) {
  let loading = models.get(file);
  if (!loading) {
    const url = new URL(file, new URL(baseUrl, self.location.href));
    const bytes = fetch(url, { credentials: 'same-origin' }).then((r) => {
      if (r.ok) return r.arrayBuffer();
      return Promise.reject(Object.assign(new Error(`HTTP ${r.status}`), { absent: r.status === 404 }));
    });
    loading = Promise.all([bytes, engineReady])
      .then(([b, q]) => { load(q, b); return true; })
      .catch((e) => { if (!e?.absent) models.delete(file); return false; });  // analyse without
    models.set(file, loading);
  }
  return loading;
}

/**
 * The models of `language` that the analysis wants: the entity model (its
 * success is the result's `modelLoaded`) and the quote model, where the
 * language has one.
 * @param {Promise<import('./quelle.js').Quelle>} engineReady
 * @param {string} language
 * @param {string} baseUrl
 * @param {{entities: boolean, quotes: boolean}} wanted
 */
function ensureModels(engineReady, language, baseUrl, wanted) {
  const ner = wanted.entities
    ? ensureFile(engineReady, `ner-${language}.qnm`, baseUrl, (q, b) => q.loadModel(language, b))
    : Promise.resolve(false);
  const quote = wanted.quotes
    ? ensureFile(engineReady, `quotes-${language}.qqm`, baseUrl, (q, b) => q.loadQuoteModel(language, b))
    : Promise.resolve(false);
  return Promise.all([ner, quote]).then(([loaded]) => loaded);
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

/**
 * The engine, with the models the text's language wants loaded.
 * @param {string} text
 * @param {import('./quelle.js').AnalyzeOptions} options
 * @param {string | undefined} modelBaseUrl
 * @param {(message: any) => void} post
 */
async function prepare(text, options, modelBaseUrl, post) {
  post({ type: 'progress', stage: 'starting' });
  const engineReady = (engine ??= createQuelle());
  const wanted = { entities: options.entities !== false, quotes: options.quotes !== false };
  const wantsModel = (/** @type {string} */ l) => !!modelBaseUrl && knownLanguage(l) && (wanted.entities || wanted.quotes);
  // A chosen language: its models download while the engine starts.
  const chosen = options.language ?? '';
  const early = wantsModel(chosen) && modelBaseUrl ? ensureModels(engineReady, chosen, modelBaseUrl, wanted) : null;
  const q = await engineReady;
  const language = chosen || q.detectLanguage(text).language;
  let modelLoaded = q.hasModel(language);
  const settled = (!wanted.entities || modelLoaded) && (!wanted.quotes || models.has(`quotes-${language}.qqm`));
  if (wantsModel(language) && modelBaseUrl && !settled) {
    post({ type: 'progress', stage: 'model' });
    modelLoaded = await (early ?? ensureModels(engineReady, language, modelBaseUrl, wanted));
  }
  post({ type: 'progress', stage: 'analysis' });
  return { q, modelLoaded };
}

/**
 * One article of a corpus: the record `quelle batch` would write for it
 * (`{"id", "outlet"?, "date"?, "analysis"}` as one line) and its summary.
 * @param {import('./quelle.js').Quelle} q
 * @param {string} text
 * @param {import('./types.js').ArticleMeta} meta
 * @param {import('./quelle.js').AnalyzeOptions} options
 */
function corpusArticle(q, text, meta, options) {
  const { analysisJSON, summary } = q.analyzeForCorpus(text, meta, options);
  const head = JSON.stringify({ id: meta.id ?? null, outlet: meta.outlet, date: meta.date });
  return { record: `${head.slice(0, -1)},"analysis":${analysisJSON}}`, summary };
}

/**
 * Several articles of a corpus in one message: a corpus of small articles
 * would otherwise spend more time passing messages than analysing. Each
 * article gets its result or its own error.
 * @param {{text: string, meta: import('./types.js').ArticleMeta, options?: import('./quelle.js').AnalyzeOptions}[]} items
 * @param {string | undefined} modelBaseUrl
 */
async function corpusArticles(items, modelBaseUrl) {
  const results = [];
  for (const { text, meta, options = {} } of items) {
    try {
      const { q, modelLoaded } = await prepare(text, options, modelBaseUrl, () => {});
      results.push({ ...corpusArticle(q, text, meta, options), modelLoaded });
    } catch (e) {
      const error = /** @type {any} */ (e);
      results.push({ error: { code: error.code ?? 'internal', message: String(error.message ?? error) } });
    }
  }
  return results;
}

/**
 * The corpus report kept in this worker's engine (core/report/): clear it,
 * add summaries (JSON strings), or read it.
 * @param {{op: 'clear' | 'add' | 'report', summaries?: string[], top?: number, topSpeakers?: number}} request
 */
async function corpusRequest(request) {
  const q = await (engine ??= createQuelle());
  if (request.op === 'clear') q.corpusClear();
  if (request.op === 'add') for (const s of request.summaries ?? []) q.corpusAdd(s);
  return request.op === 'report' ? q.corpusReport(request.top, request.topSpeakers) : null;
}

self.onmessage = async (/** @type {MessageEvent} */ event) => {
  const { id, type } = event.data ?? {};
  const post = (/** @type {any} */ message) => self.postMessage({ id, ...message });
  try {
    if (type === 'corpus') {
      post({ type: 'corpus', report: await corpusRequest(event.data.request) });
      return;
    }
    if (type === 'corpus-articles') {
      post({ type: 'articles', results: await corpusArticles(event.data.items, event.data.modelBaseUrl) });
      return;
    }
    if (type !== 'analyze') throw Object.assign(new Error(`unknown request '${type}'`), { code: 'invalid_request' });
    const { text, options = {}, modelBaseUrl } = event.data;
    const { q, modelLoaded } = await prepare(text, options, modelBaseUrl, post);
    const analysis = q.analyze(text, options);
    post({ type: 'result', analysis, modelLoaded });
  } catch (e) {
    const error = /** @type {any} */ (e);
    post({ type: 'error', code: error.code ?? 'internal', message: String(error.message ?? error) });
  }
};
